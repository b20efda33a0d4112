import CrossCheck
import Foundation
import GRDB

/// The claim store (`crosscheck run --store FILE.sqlite`): one SQLite file that keeps, for every
/// input file of the last run, its content hash and its per-file work (`FileWork`: documents,
/// claims, story features, candidate story claims, as tagged JSON Lines), and the run's story
/// assignment. A later run over a grown folder reads and extracts only new or changed files;
/// removed files drop out; stories, story claims and compare are redone over everything
/// (global steps, cheap next to extraction), so the findings are those of a fresh run.
///
/// Reads: the store file (made on first use) and the rules' fingerprint. Adds: nothing to a
/// run's results; it changes only how much of the run is done again.
///
/// Crash-safe: `update` is one SQLite transaction around the whole run, committed once the
/// run's results are in hand; a run that throws or is killed part way leaves the store as it
/// was (SQLite rolls back an uncommitted transaction when the file is next opened).
///
/// Work is valid only for the rules it was made with: a store made with other rules (or by
/// another store format) is refused, unless `rebuild` is set, in which case the run empties it
/// (in the same transaction) and fills it anew.
public final class ClaimStore {
    /// The layout of the tables and of the stored work; a store of another format is rebuilt.
    public static let format = "1"

    public let path: String
    public let rules: String
    private let queue: DatabaseQueue
    private let mustRebuild: Bool

    /// What a store holds, for `crosscheck run --store` to report.
    public struct Summary: Sendable, Equatable {
        public var files: Int
        public var documents: Int
        public var stories: Int
        public var rules: String?
        public var runs: Int
    }

    /// Opens (or creates) the store at `path` for rules of fingerprint `rules`.
    public init(path: String, rules: String, rebuild: Bool = false) throws(InputError) {
        self.path = path
        self.rules = rules
        do {
            queue = try DatabaseQueue(path: path)
            try queue.write { db in try Self.createTables(db) }
            let (format, stored) = try queue.read { db in
                (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'"),
                 try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'rules'"))
            }
            let empty = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM files") ?? 0 } == 0
            let matches = (format == nil || format == Self.format) && (stored == nil || stored == rules)
            if !matches && !rebuild && !empty {
                let what = format != Self.format
                    ? "store format \(format ?? "?") (this crosscheck writes format \(Self.format))"
                    : "other rules (rules fingerprint \(stored ?? "?"); the rules of this run have \(rules))"
                throw InputError("\(path): the store was made with \(what); its work cannot be reused. "
                                 + "Run again with --rebuild-store to empty and refill it, or name another store file")
            }
            mustRebuild = !matches
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("\(path): cannot open the claim store: \(error)")
        }
    }

    static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS files (
                path TEXT PRIMARY KEY NOT NULL, root TEXT NOT NULL, hash TEXT NOT NULL,
                documents INTEGER NOT NULL, claims INTEGER NOT NULL, work BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS stories (
                document TEXT PRIMARY KEY NOT NULL, story TEXT NOT NULL, copy TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS story_claims (key TEXT PRIMARY KEY NOT NULL, claim BLOB NOT NULL);
            """)
    }

    /// Runs `body` (a whole run) in one transaction, handing it the store as the run's
    /// `FileWorkCache`. When `body` returns, files the run did not see are dropped, the
    /// stories it found (`Session.stories`) replace the stored ones and the transaction
    /// commits; when it throws, nothing of the run is kept.
    public func update<T>(_ body: (Session) throws -> T) throws -> T {
        try queue.write { db in
            if mustRebuild {
                try db.execute(sql: "DELETE FROM files; DELETE FROM stories; DELETE FROM story_claims; DELETE FROM meta;")
            }
            let session = try Session(db: db)
            let result = try body(session)
            try session.finish()
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('format', ?), ('rules', ?)",
                           arguments: [Self.format, rules])
            try db.execute(sql: """
                INSERT INTO meta (key, value) VALUES ('runs', '1')
                ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
                """)
            return result
        }
    }

    /// What the store holds now.
    public func summary() throws -> Summary {
        try queue.read { db in
            Summary(files: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM files") ?? 0,
                    documents: try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(documents), 0) FROM files") ?? 0,
                    stories: try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT story) FROM stories") ?? 0,
                    rules: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'rules'"),
                    runs: Int(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'runs'") ?? "0") ?? 0)
        }
    }

    /// Each stored document's story, as the last run assigned it (document id → story id).
    public func storyAssignments() throws -> [String: String] {
        try queue.read { db in
            var out: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT document, story FROM stories")
            while let row = try rows.next() { out[row["document"]] = row["story"] }
            return out
        }
    }

    /// One run's view of the store, inside its transaction: the pipeline asks it for stored
    /// work and hands it new work (`FileWorkCache`), and counts what was reused.
    public final class Session: FileWorkCache {
        let db: Database
        /// Stored files: path → (root, content hash).
        private var known: [String: (root: String, hash: String)] = [:]
        private var hashes: [String: String] = [:]
        private var seen: Set<String> = []
        /// Story claim checks stored, and those this run used or made.
        private var checks: Set<String> = []
        private var checked: Set<String> = []
        /// Story claim checks taken from the store, and made anew.
        public private(set) var checksReused = 0
        public private(set) var checksMade = 0
        /// The run's stories, to keep: set by the run before `update` returns.
        public var stories: StoryAssignment?
        /// Files whose stored work was used, and files read and extracted anew.
        public private(set) var reused = 0
        public private(set) var extracted = 0
        /// Stored files this run has not seen (so far): dropped when it commits.
        public var dropped: Int { known.keys.filter { !seen.contains($0) }.count }

        init(db: Database) throws {
            self.db = db
            let rows = try Row.fetchCursor(db, sql: "SELECT path, root, hash FROM files")
            while let row = try rows.next() { known[row["path"]] = (row["root"], row["hash"]) }
            checks = Set(try String.fetchAll(db, sql: "SELECT key FROM story_claims"))
        }

        /// A file's content hash: FNV-1a over its bytes, and its length.
        static func contentHash(_ path: String) -> String? {
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            return String(StableID.hash(data), radix: 16) + "-" + String(data.count)
        }

        public func stored(_ files: [(path: String, root: String)]) throws -> [[UInt8]?] {
            let paths = files.map(\.path)
            let current = ParallelMap.map(paths) { Self.contentHash($0) }
            var wanted: [String] = []
            for (file, hash) in zip(files, current) {
                seen.insert(file.path)
                guard let hash else { continue }
                hashes[file.path] = hash
                if let stored = known[file.path], stored.root == file.root, stored.hash == hash { wanted.append(file.path) }
            }
            var work: [String: [UInt8]] = [:]
            if !wanted.isEmpty {
                let marks = Array(repeating: "?", count: wanted.count).joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: "SELECT path, work FROM files WHERE path IN (\(marks))",
                                               arguments: StatementArguments(wanted))
                while let row = try rows.next() {
                    let data: Data = row["work"]
                    work[row["path"]] = [UInt8](data)
                }
            }
            let out = paths.map { work[$0] }
            reused += out.compactMap { $0 }.count
            return out
        }

        public func save(_ file: (path: String, root: String), lines: [UInt8]) throws {
            extracted += 1
            guard let hash = hashes[file.path] else { return }  // unreadable: nothing to keep
            var documents = 0, claims = 0
            for line in lines.split(separator: 0x0A) {
                if line.first == UInt8(ascii: "D") { documents += 1 } else if line.first == UInt8(ascii: "C") { claims += 1 }
            }
            try db.execute(sql: "INSERT OR REPLACE INTO files (path, root, hash, documents, claims, work) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [file.path, file.root, hash, documents, claims, Data(lines)])
            known[file.path] = (file.root, hash)
        }

        public func storedStoryClaims(_ keys: [String]) throws -> [[UInt8]?] {
            var out: [[UInt8]?] = Array(repeating: nil, count: keys.count)
            let wanted = keys.filter { checks.contains($0) }
            checked.formUnion(keys)
            guard !wanted.isEmpty else { return out }
            var found: [String: [UInt8]] = [:]
            let marks = Array(repeating: "?", count: wanted.count).joined(separator: ",")
            let rows = try Row.fetchCursor(db, sql: "SELECT key, claim FROM story_claims WHERE key IN (\(marks))",
                                           arguments: StatementArguments(wanted))
            while let row = try rows.next() {
                let data: Data = row["claim"]
                found[row["key"]] = [UInt8](data)
            }
            for (index, key) in keys.enumerated() { out[index] = found[key] }
            checksReused += found.count
            return out
        }

        public func saveStoryClaim(_ key: String, line: [UInt8]) throws {
            checksMade += 1
            try db.execute(sql: "INSERT OR REPLACE INTO story_claims (key, claim) VALUES (?, ?)", arguments: [key, Data(line)])
            checks.insert(key)
        }

        /// Drops files not seen in this run (and story claim checks it did not use) and keeps the run's stories.
        func finish() throws {
            let unused = try db.makeStatement(sql: "DELETE FROM story_claims WHERE key = ?")
            for key in checks.subtracting(checked).sorted() { try unused.execute(arguments: [key]) }
            let gone = known.keys.filter { !seen.contains($0) }.sorted()
            let delete = try db.makeStatement(sql: "DELETE FROM files WHERE path = ?")
            for path in gone { try delete.execute(arguments: [path]) }
            guard let stories else { return }
            try db.execute(sql: "DELETE FROM stories")
            let insert = try db.makeStatement(sql: "INSERT INTO stories (document, story, copy) VALUES (?, ?, ?)")
            for (document, story) in stories.storyOf.sorted(by: { $0.key < $1.key }) {
                try insert.execute(arguments: [document, story, stories.copyOf[document] ?? document])
            }
        }
    }
}
