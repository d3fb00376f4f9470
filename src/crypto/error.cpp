// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/error.h"

namespace convener::crypto {

std::string_view errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidArgument: return "invalid-argument";
    case ErrorKind::WrongPassphrase: return "wrong-passphrase";
    case ErrorKind::WrongRecoveryKey: return "wrong-recovery-key";
    case ErrorKind::RecoveryKeyTypo: return "recovery-key-typo";
    case ErrorKind::DamagedKeyRecord: return "damaged-key-record";
    case ErrorKind::DamagedItem: return "damaged-item";
    case ErrorKind::DamagedArchive: return "damaged-archive";
    case ErrorKind::Truncated: return "truncated";
    case ErrorKind::UnsupportedFormat: return "unsupported-format";
    case ErrorKind::Malformed: return "malformed";
    case ErrorKind::FileError: return "file-error";
    case ErrorKind::OutOfMemory: return "out-of-memory";
    }
    return "unknown";
}

} // namespace convener::crypto
