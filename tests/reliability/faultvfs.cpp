// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "faultvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace convener::tests {

namespace {

// -1: disarmed; otherwise the writes still allowed before the fault.
std::atomic<int> g_allowed{-1};
std::atomic<int> g_refused{0};
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

// The real file's state lives right after ours, in the same allocation.
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<FaultFile *>(file)->real();
}

bool refuse()
{
    int allowed = g_allowed.load();
    while (allowed >= 0) {
        if (allowed == 0) {
            ++g_refused;
            return true;
        }
        if (g_allowed.compare_exchange_weak(allowed, allowed - 1))
            return false;
    }
    return false;
}

int faultClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int faultRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int faultWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (refuse())
        return SQLITE_IOERR_WRITE;
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int faultTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (refuse())
        return SQLITE_IOERR_TRUNCATE;
    return real(f)->pMethods->xTruncate(real(f), size);
}
int faultSync(sqlite3_file *f, int flags)
{
    if (refuse())
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}
int faultFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int faultLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int faultUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int faultCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int faultFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int faultSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int faultDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int faultShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int faultShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void faultShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int faultShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int faultFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int faultUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, page);
}

int faultOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    std::memset(file, 0, sizeof(FaultFile));
    sqlite3_file *inner = reinterpret_cast<FaultFile *>(file)->real();
    const int rc = g_real->xOpen(g_real, name, inner, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, so it stays null when the real open failed.
    file->pMethods = inner->pMethods ? &g_methods : nullptr;
    return rc;
}
int faultDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int faultAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int faultFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

} // namespace

void FaultVfs::install()
{
    if (g_real)
        return;
    g_real = sqlite3_vfs_find(nullptr);
    g_vfs = *g_real;
    g_vfs.zName = "convener-faults";
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real->szOsFile;
    g_vfs.pNext = nullptr;
    g_vfs.xOpen = faultOpen;
    g_vfs.xDelete = faultDelete;
    g_vfs.xAccess = faultAccess;
    g_vfs.xFullPathname = faultFullPathname;
    g_methods = sqlite3_io_methods{3,
                                   faultClose,
                                   faultRead,
                                   faultWrite,
                                   faultTruncate,
                                   faultSync,
                                   faultFileSize,
                                   faultLock,
                                   faultUnlock,
                                   faultCheckReservedLock,
                                   faultFileControl,
                                   faultSectorSize,
                                   faultDeviceCharacteristics,
                                   faultShmMap,
                                   faultShmLock,
                                   faultShmBarrier,
                                   faultShmUnmap,
                                   faultFetch,
                                   faultUnfetch};
    sqlite3_vfs_register(&g_vfs, 1);
}

void FaultVfs::failAfter(int successes)
{
    g_refused = 0;
    g_allowed = successes;
}

void FaultVfs::disarm()
{
    g_allowed = -1;
}

int FaultVfs::refused()
{
    return g_refused.load();
}

} // namespace convener::tests
