import Foundation

/// Feature weights over one run: (1 + ln count) × idf × the kind's weight.
struct FeatureWeights: Sendable {
    let frequencies: [UInt32: Int32]
    let reference: Float
    let entityWeight: Float
    let dateWeight: Float

    init(frequencies: [UInt32: Int32], settings: StoryGrouper.Settings, documents: Int) {
        self.frequencies = frequencies
        reference = Float(max(documents, settings.referenceSize))
        entityWeight = settings.entityWeight
        dateWeight = settings.dateWeight
    }

    func weight(_ id: UInt32, _ count: UInt16, _ frequency: Int32) -> Float {
        let kind: Float = switch StoryFeatures.kind(of: id) {
        case .entity: entityWeight
        case .date: dateWeight
        case .term: 1
        }
        return (1 + log(Float(count))) * log(1 + reference / Float(frequency)) * kind
    }
}
