#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Convener authors
# SPDX-License-Identifier: MIT
#
# Core and storage name problems; models word them behind tr(). This check
# fails when a sentence meant for a person is built in src/core or
# src/storage again, where translation cannot reach it.
#   usage: no-sentences-below-models.sh SRC_DIR
set -u
src=${1:?usage: $0 SRC_DIR}
cd "$src" || exit 2

# A string that starts like a sentence ("Could not ...", "There is ...", "%1 is not ..."),
# or a lower-case clause with a placeholder ("step %1 failed"), made into a
# QString or std::string. SQL is upper case and has no such words.
opening='(QStringLiteral|QString|QLatin1String|std::string|tr)\("'
patterns=(
    "${opening}[A-Z][a-z']+( ([a-z']+|%[0-9])){2}"
    "${opening}%[0-9]( [a-z']+){2}"
    "${opening}[a-z']+ %[0-9] [a-z']+"
)
found=0
for pattern in "${patterns[@]}"; do
    if hits=$(grep -rnE --include='*.cpp' --include='*.h' "$pattern" core storage); then
        printf '%s\n' "$hits"
        found=1
    fi
done
if [ "$found" -ne 0 ]; then
    echo "Sentences for a person are built above in core or storage. Return a problem with its facts" >&2
    echo "(storage/error.h) and word it in models (models/storageerror.cpp) behind tr()." >&2
    exit 1
fi
echo "No sentence for a person is built in core or storage."
