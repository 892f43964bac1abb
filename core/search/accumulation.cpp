#include "search/accumulation.h"

#include "search/feedback.h"
#include "search/lexicon.h"

#include <algorithm>
#include <numeric>

namespace whoowns::search {

namespace {

// Called before the best match of a concept in a document is updated with matcher mi's value v:
// keeps the best value of a synonym other than the best one's.
void noteSynonym(const QueryPlan &plan, Record &r, size_t ci, std::uint32_t mi, float v)
{
    if (plan.matchers[mi].kind != MatchKind::Synonym)
        return;
    const std::uint32_t cur = r.matcher[ci];
    if (cur == kNoMatcher || cur == mi || plan.matchers[cur].kind != MatchKind::Synonym)
        return;
    if (plan.matchers[cur].note == plan.matchers[mi].note)
        return; // the same alternative (another form of its word)
    r.otherSynonym[ci] = std::max(r.otherSynonym[ci], packValue(std::min(v, r.best[ci])));
}

// Query words typed next to each other (a stop word may sit between: "terms and conditions")
// that are both words of the entity's keyword phrases, or one of them already in its title
// or keywords ("damage excess" of "Vehicle damage charges", keyword "damage excess"): the rep
// typed the keyword, so the word counts as a keyword, not as one word of it.
void upgradeTypedKeywordPhrases(const QueryPlan &plan, const Record &r, float *best)
{
    const size_t nc = plan.concepts.size();
    const auto typedIn = [&](size_t ci, bool partOnly) {
        const Field f = r.field[ci];
        if (r.matcher[ci] == kNoMatcher ||
            !(f == Field::KeywordPart ||
              (!partOnly && (f == Field::Keywords || f == Field::Topic))))
            return false;
        const MatchKind k = plan.matchers[r.matcher[ci]].kind;
        return k == MatchKind::Exact || k == MatchKind::Stem || k == MatchKind::Prefix ||
               k == MatchKind::Typo;
    };
    constexpr float upgrade =
        ranking::fieldWeight(Field::Keywords) / ranking::fieldWeight(Field::KeywordPart);
    for (size_t ci = 0; ci + 1 < nc; ++ci) {
        if (plan.concepts[ci + 1].word - plan.concepts[ci].word > 2)
            continue;
        const bool part = typedIn(ci, true), nextPart = typedIn(ci + 1, true);
        if (part && typedIn(ci + 1, false))
            best[ci] = std::max(best[ci], r.best[ci] * upgrade);
        if (nextPart && typedIn(ci, false))
            best[ci + 1] = std::max(best[ci + 1], r.best[ci + 1] * upgrade);
    }
}

// In a sentence, a person or team whose name has only one word of the query, and that word
// an ordinary one ("settled their bill" and a Bill, "the sales numbers" and "Sales
// Operations"), was most likely not named: the customer said the word. Two words of the
// query in the name ("customs and import berlin") are the name typed; two query words on the
// same word of the name ("at the end of the month ... stop", both on "End-User Devices": "stop"
// ~ "end") are still one word of it.
void weakenOrdinaryNameWord(const QueryPlan &plan, const Record &r, float *best)
{
    const size_t nc = plan.concepts.size();
    size_t inName = 0;
    bool oneNameWord = true, ordinary = true;
    std::uint32_t nameTerm = kNoTerm;
    for (size_t ci = 0; ci < nc; ++ci) {
        if (r.best[ci] <= 0 || !ranking::isNameField(r.field[ci]))
            continue;
        const std::uint32_t term =
            r.matcher[ci] == kNoMatcher ? kNoTerm : plan.matchers[r.matcher[ci]].term;
        if (inName++ == 0)
            nameTerm = term;
        else
            oneNameWord = oneNameWord && term != kNoTerm && term == nameTerm;
        ordinary = ordinary && plan.concepts[ci].ordinaryInSentence;
    }
    if (inName == 0 || !oneNameWord || !ordinary)
        return;
    for (size_t ci = 0; ci < nc; ++ci)
        if (r.best[ci] > 0 && ranking::isNameField(r.field[ci]))
            best[ci] *= ranking::kSentenceOrdinaryName;
}

} // namespace

Scratch *accumulate(const SearchIndex &x, const QueryPlan &plan, const SearchOptions &options)
{
    const size_t nc = plan.concepts.size();
    // Accumulate the best match of every concept in every document touched.
    thread_local Scratch scratch;
    scratch.begin(x.docs.size());
    // A stop word read as a name only adds to entities the other words found, so it goes last
    // and touches no new ones.
    std::vector<size_t> order(nc);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_partition(order.begin(), order.end(),
                          [&](size_t ci) { return !plan.concepts[ci].optional; });
    for (size_t ci : order) {
        if (cancelled(options))
            return nullptr;
        const bool optional = plan.concepts[ci].optional;
        // Keeps the best match of the concept in the document; a stop word read as a name only
        // adds to documents already touched.
        const auto accumulate = [&](std::uint32_t doc, float v, Field f, std::uint32_t mi,
                                    bool synonym) {
            Record *r = optional ? scratch.find(doc) : &scratch.at(doc);
            if (!r)
                return;
            if (synonym)
                noteSynonym(plan, *r, ci, mi, v);
            if (v > r->best[ci]) {
                r->best[ci] = v;
                r->matcher[ci] = static_cast<MatcherRef>(mi);
                r->field[ci] = f;
            }
        };
        for (std::uint32_t mi : plan.termMatchers[ci]) {
            if (mi >= kNoMatcher)
                break; // a record cannot name it (never seen: prefixes are budgeted)
            const Matcher &m = plan.matchers[mi];
            const bool synonym = m.kind == MatchKind::Synonym;
            for (std::uint32_t posting : x.terms.postings(m.term)) {
                const Field f = TermIndex::fieldOf(posting);
                if ((optional && !ranking::isNameField(f)) ||
                    (synonym && ranking::isPersonalNameField(f)) ||
                    (m.titleOnly && !ranking::isTitleField(f)))
                    continue;
                accumulate(TermIndex::docOf(posting), ranking::fieldWeight(f) * m.quality, f, mi,
                           synonym);
            }
        }
        for (const auto &h : plan.docHits[ci]) {
            if ((optional && !ranking::isNameField(h.field)) || h.matcher >= kNoMatcher)
                continue;
            accumulate(h.doc, h.value, h.field, h.matcher, true); // noteSynonym checks the kind
        }
    }
    if (cancelled(options))
        return nullptr;
    return &scratch;
}

Candidates scoreCandidates(const Directory &d, const SearchIndex &x, const QueryPlan &plan,
                           const SearchOptions &options, Scratch &scratch)
{
    const Lexicon &lex = *x.lexicon;
    const size_t nc = plan.concepts.size();
    const bool sentence = plan.sentence;
    const bool stopWordMayBeName = plan.stopWordMayBeName;
    Candidates out;
    float &totalWeight = out.totalWeight;
    for (const Concept &c : plan.concepts)
        if (!c.optional)
            totalWeight += c.weight;
    if (totalWeight <= 0)
        return out;

    // Feedback: entities reps opened for similar queries.
    auto &feedbackBoost = out.feedbackBoost;
    if (options.feedback && !options.feedback->entries.isEmpty()) {
        const QStringList qterms = feedbackTerms(plan.query, lex);
        for (const FeedbackEntry &e : options.feedback->entries) {
            const double sim = FeedbackSnapshot::similarity(qterms, !plan.endsWithSpace, e.terms);
            if (sim <= 0)
                continue;
            const std::uint32_t doc = x.docOf(e.kind, d, e.org, e.id);
            if (doc == kNoTerm)
                continue;
            scratch.at(doc); // chosen before: a candidate even when no word matches now
            float &b = feedbackBoost[doc];
            b = std::min(ranking::kFeedback, b + static_cast<float>(ranking::kFeedback * sim *
                                                                    std::min(1.0, e.weight)));
        }
    }

    using Scored = Candidates::Scored;
    std::vector<Scored> &scored = out.scored;
    scored.reserve(scratch.records.size());
    for (std::uint32_t ri = 0; ri < scratch.records.size(); ++ri) {
        Record &r = scratch.records[ri];
        // A stop word is part of a name only where the query names the entity: another of its
        // words is in a name field ("and curr" and Andrew Curran, not "payments and cards" and
        // an Andersson in the Payments team).
        if (stopWordMayBeName) {
            bool named = false;
            for (size_t ci = 0; ci < nc; ++ci)
                named = named || (!plan.concepts[ci].optional && r.best[ci] > 0 &&
                                  ranking::isNameField(r.field[ci]));
            if (!named)
                for (size_t ci = 0; ci < nc; ++ci)
                    if (plan.concepts[ci].optional)
                        r.best[ci] = 0;
        }
        float best[kMaxWords];
        std::copy(r.best, r.best + nc, best);
        if (nc > 1)
            upgradeTypedKeywordPhrases(plan, r, best);
        for (size_t ci = 0; ci < nc; ++ci)
            best[ci] += ranking::kOtherSynonyms * unpackValue(r.otherSynonym[ci]);
        if (sentence)
            weakenOrdinaryNameWord(plan, r, best);
        // A stop word read as a name only adds: its weight is not in totalWeight.
        float s = 0;
        for (size_t ci = 0; ci < nc; ++ci)
            s += plan.concepts[ci].weight * best[ci];
        s /= totalWeight;
        // A described problem is explained by several of its words; one alone (a "crew" in a
        // title) is as often a coincidence.
        if (sentence && std::count_if(best, best + nc, [](float v) { return v > 0; }) == 1)
            s *= ranking::kSentenceOneWord;
        if (sentence && x.docs[r.doc].kind != EntityKind::Responsibility)
            s *= ranking::kSentenceOtherKinds;
        if (!feedbackBoost.empty()) {
            auto it = feedbackBoost.find(r.doc);
            if (it != feedbackBoost.end())
                s += it->second;
        }
        if (s > 0)
            scored.push_back({ri, s});
    }
    const size_t pool = std::min(scored.size(), static_cast<size_t>(ranking::kRerankPool));
    // Equal scores in document order, so that which of them make the pool does not depend on
    // the order the query's words touched them in.
    const auto &records = scratch.records;
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(pool),
                      scored.end(), [&](const Scored &a, const Scored &b) {
                          if (a.score != b.score)
                              return a.score > b.score;
                          return records[a.record].doc < records[b.record].doc;
                      });
    scored.resize(pool);
    return out;
}

} // namespace whoowns::search
