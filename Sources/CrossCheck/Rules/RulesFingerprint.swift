import Foundation

/// A hash of everything in a rules directory (every file's path relative to it and its bytes,
/// hidden files aside), as 16 hex digits: two directories with the same fingerprint give the
/// same claims. The claim store keeps it, so work stored under other rules is never reused.
public enum RulesFingerprint {
    public static func of(directory: String) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { return StableID.make("r", []) }
        var files: [String] = []
        if isDirectory.boolValue, let enumerator = FileManager.default.enumerator(atPath: directory) {
            while let relative = enumerator.nextObject() as? String {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                var sub: ObjCBool = false
                let full = (directory as NSString).appendingPathComponent(relative)
                if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { files.append(relative) }
            }
        } else {
            files = [""]
        }
        var parts: [String] = []
        for relative in files.sorted() {
            let full = relative.isEmpty ? directory : (directory as NSString).appendingPathComponent(relative)
            let bytes = FileManager.default.contents(atPath: full) ?? Data()
            parts.append(relative)
            parts.append(String(StableID.hash(bytes), radix: 16))
        }
        return StableID.make("r", parts)
    }
}
