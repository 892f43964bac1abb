#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace whoowns {

// Hands memory freed after a big build (a directory load, a search index) back to the system.
// glibc keeps freed small blocks for reuse and only gives back the top of the heap by itself;
// after building a million-entry index that is tens of megabytes the process no longer uses.
inline void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace whoowns
