#pragma once

#include <cstdint>

namespace whoowns::search {

// A 64-bit key (a hash, packed digits) and the document or term it leads to, in 12 bytes
// instead of the 16 that alignment would give: a million people have several million of
// these (phone forms, extensions, e-mail addresses, typo deletions).
#pragma pack(push, 4)
struct KeyedDoc
{
    std::uint64_t key;
    std::uint32_t doc;

    friend bool operator<(const KeyedDoc &a, const KeyedDoc &b)
    {
        return a.key < b.key || (a.key == b.key && a.doc < b.doc);
    }
};
#pragma pack(pop)
static_assert(sizeof(KeyedDoc) == 12);

} // namespace whoowns::search
