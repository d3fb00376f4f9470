// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace convener::crypto {

// Every failure the library reports. Functions return them in a Result and never
// throw for them; the only exception that can leave the library is std::bad_alloc,
// as from any standard container. The messages are plain English for logs and
// developer tools; the GUI chooses its own translated wording from the kind.
enum class ErrorKind {
    InvalidArgument,      // the caller passed something unusable: an empty passphrase, an empty item id
    WrongPassphrase,      // an intact key record did not open: deliberately says nothing more
    WrongRecoveryKey,     // a well-formed recovery key that does not belong to this journal
    RecoveryKeyTypo,      // the recovery key was mistyped: wrong length, a foreign character, bad check
    DamagedKeyRecord,     // a key record's checksum or fields are wrong: damaged, not a wrong passphrase
    DamagedItem,          // a sealed item did not open: damaged, or moved to another entry or journal
    DamagedArchive,       // an export archive parsed but its contents were altered
    Truncated,            // the data ends before its own lengths say it should
    UnsupportedFormat,    // not a Convener record or archive, or a format version this build cannot read
    Malformed,            // a length or field out of its allowed range, or bytes after the end
    FileError,            // an archive file could not be read or written
    OutOfMemory,          // not enough memory for the key derivation a record asks for
};

struct Error
{
    ErrorKind kind = ErrorKind::InvalidArgument;
    std::string message;
};

std::string_view errorKindName(ErrorKind kind);              // "wrong-passphrase", for logs and tests

} // namespace convener::crypto
