#pragma once

#include "model/directory.h"
#include "model/entitykind.h"
#include "search/keyeddoc.h"
#include "search/phoneindex.h"
#include "search/termindex.h"

#include <QStringView>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace whoowns::search {

class Lexicon;

inline constexpr std::uint32_t kNoTerm = TermIndex::kNone;

// An entity of the directory as the index numbers it: a document.
struct DocRef
{
    EntityKind kind;
    std::uint32_t row;
};

// What a SearchEngine builds over one directory snapshot (search/ranking.md, "Index"): every
// word of every searchable field as a term with postings, extensions and phone numbers as
// digit strings, e-mail local parts whole. Immutable once built; leavers are not in it.
struct SearchIndex
{
    SearchIndex(const Directory &d, std::shared_ptr<const Lexicon> language);

    // The document of an entity, or kNoTerm (a leaver, or no such entity).
    std::uint32_t docOf(EntityKind kind, const Directory &d, const QString &org,
                        const QString &id) const;
    // Approximate bytes held (not the directory's), for the benchmark.
    std::size_t memoryBytes() const;

    std::shared_ptr<const Lexicon> lexicon;
    TermIndex terms;
    PhoneIndex phones;
    std::vector<DocRef> docs;
    std::vector<KeyedDoc> emails;                 // sorted by key
    std::vector<std::uint32_t> responsibilityDoc; // row -> doc
    std::vector<std::uint32_t> teamDoc;
    std::vector<std::uint32_t> personDoc; // kNoTerm for leavers
};

bool isDigits(const std::string &s);
std::uint64_t emailKey(const std::string &local);
// The local part of an address as typed or stored: lower case, accents folded, punctuation
// kept ("Jane.Doe@x" -> "jane.doe").
std::string emailLocalPart(QStringView text);

} // namespace whoowns::search
