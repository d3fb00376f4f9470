#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Convener authors
# SPDX-License-Identifier: MIT
#
# Widgets reach data only through models and documents: no file in src/gui
# includes a storage header (a repository, the database, the SQL helpers).
# Files are written through io/, which the widgets may call.
#   usage: widgets-reach-data-through-models.sh SRC_DIR
set -u
src=${1:?usage: $0 SRC_DIR}
cd "$src" || exit 2
if hits=$(grep -rn --include='*.cpp' --include='*.h' '#include "storage/' gui); then
    printf '%s\n' "$hits"
    echo "A widget includes storage. Reach the data through its area's model or document in src/models." >&2
    exit 1
fi
echo "No widget includes storage."
