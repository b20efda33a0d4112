import CLibXML2

/// The single owner of a libxml2 document: frees it, and with it every node, when it goes away.
/// Being `~Copyable`, it can never be freed twice.
struct OwnedXMLDocument: ~Copyable {
    let pointer: xmlDocPtr

    init(_ pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }
}
