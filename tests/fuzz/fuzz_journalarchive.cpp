// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// libFuzzer entry point for the journal export format (JournalArchive::parse,
// with the key record and sealed item parsers inside it). Beyond "never
// crashes", an archive that parses must hold a key record and items that
// serialise back to bytes that parse the same way, and a failure must carry a
// message.
#include "crypto/journalarchive.h"

#include <cstddef>
#include <cstdint>

using namespace convener::crypto;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto parsed = JournalArchive::parse(ByteView(data, size));
    if (!parsed) {
        if (parsed.error().message.empty())
            __builtin_trap();
        return 0;
    }
    const ArchiveContents &contents = parsed.value();
    const auto record = WrappedKey::fromBytes(contents.keyRecord.toBytes());
    if (!record || !(record.value() == contents.keyRecord))
        __builtin_trap();
    for (const ArchiveEntry &entry : contents.entries) {
        if (entry.entryId.empty() || entry.metadata.size() > JournalArchive::kMaxMetadataSize)
            __builtin_trap();
        for (const auto *item : {&entry.title, &entry.body, &entry.draft}) {
            if (!*item)
                continue;
            const auto again = SealedItem::fromBytes((*item)->toBytes());
            if (!again || !(again.value() == **item))
                __builtin_trap();
        }
    }
    return 0;
}
