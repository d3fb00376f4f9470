# SPDX-FileCopyrightText: 2026 The Convener authors
# SPDX-License-Identifier: MIT
# Settings every Convener target shares: warnings and Qt's string-safety defines.

function(convener_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(CONVENER_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER
        CONVENER_VERSION="${PROJECT_VERSION}")
endfunction()
