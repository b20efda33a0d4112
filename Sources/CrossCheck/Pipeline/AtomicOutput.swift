import Foundation

/// Writes a run's output files so that a failed run never leaves a half-written report: every
/// file goes to a temporary folder inside the output folder first, and only when all are written
/// are they renamed into place.
public struct AtomicOutput {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Writes `files` (name → contents). Throws a one-line reason naming the path on failure.
    public func write(_ files: [(name: String, contents: String)]) throws(InputError) {
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError("\(directory): cannot create the output folder: \(error.localizedDescription)")
        }
        let staging = (directory as NSString).appendingPathComponent(".crosscheck-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(atPath: staging)
        defer { try? fm.removeItem(atPath: staging) }
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for file in files {
                let path = (staging as NSString).appendingPathComponent(file.name)
                guard fm.createFile(atPath: path, contents: Data(file.contents.utf8)) else {
                    throw InputError("\(path): cannot write the file")
                }
            }
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("\(staging): \(error.localizedDescription)")
        }
        for file in files {
            let from = (staging as NSString).appendingPathComponent(file.name)
            let to = (directory as NSString).appendingPathComponent(file.name)
            if rename(from, to) != 0 {
                throw InputError("\(to): cannot move the file into place (errno \(errno))")
            }
        }
    }
}
