/// A dictionary by token key with a `FirstKeyFilter` in front, for a lookup made at every token:
/// a key that cannot be one of its keys (by its first byte and length) is answered nil without
/// being hashed. The answers are the dictionary's own (the filter says "no" only for keys surely
/// absent; a dictionary whose keys the filter cannot take has none, and every key is looked up).
struct KeyFilteredDictionary<Value: Sendable>: Sendable {
    let values: [String: Value]
    private let filter: FirstKeyFilter?

    init(_ values: [String: Value]) {
        self.values = values
        filter = FirstKeyFilter(values.keys)
    }

    @inline(__always)
    subscript(key: String) -> Value? {
        guard filter?.mayHold(key) != false else { return nil }
        return values[key]
    }
}
