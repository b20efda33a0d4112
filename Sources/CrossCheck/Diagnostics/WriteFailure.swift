import Foundation

/// Why writing a file failed, in words a user can act on ("the disk is full"), instead of a raw
/// `NSError` dump. Reads: an error thrown by Foundation (or an `errno`). Adds: a one-line reason.
public enum WriteFailure {
    public static func reason(errno code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full (no space left on device)"
        case EDQUOT: return "the disk quota is exceeded"
        case EROFS: return "the file system is read-only"
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "the folder does not exist"
        case ENOTDIR: return "a part of the path is a file, not a folder"
        case EEXIST: return "a file of that name is in the way"
        case EIO: return "an input/output error (the disk or the network file system failed)"
        default: return String(cString: strerror(code))
        }
    }

    /// The POSIX error behind a Foundation error, if there is one.
    public static func posixCode(_ error: Error) -> Int32? {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, let code = posixCode(underlying) { return code }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileWriteOutOfSpaceError: return ENOSPC
            case NSFileWriteVolumeReadOnlyError: return EROFS
            case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return EACCES
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return ENOENT
            default: return nil
            }
        }
        return nil
    }

    public static func reason(_ error: Error) -> String {
        if let input = error as? InputError { return input.reason }
        if let code = posixCode(error) { return reason(errno: code) }
        return (error as NSError).localizedDescription
    }

    /// Whether the error is one of a full disk or quota.
    public static func isOutOfSpace(_ error: Error) -> Bool {
        posixCode(error).map { $0 == ENOSPC || $0 == EDQUOT } ?? false
    }
}
