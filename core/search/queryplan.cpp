#include "search/queryplan.h"

#include "search/lexicon.h"
#include "search/textfold.h"

#include <algorithm>
#include <cmath>

namespace whoowns::search {

bool cancelled(const SearchOptions &o)
{
    return o.cancel && o.cancel->load(std::memory_order_relaxed);
}

// Whether two words sharing a Snowball stem are forms of one word ("fitted", "fitting";
// "reply", "replies") rather than a word and its derivation, which the stemmer also merges
// ("received" and "receivable", "installation" and "instalments"). A synonym means the word,
// not everything derived from it.
bool inflectionsOfOneWord(std::string_view a, std::string_view b)
{
    size_t common = 0;
    while (common < a.size() && common < b.size() && a[common] == b[common])
        ++common;
    static constexpr std::string_view kEndings[] = {"",    "s",   "es",  "e", "ed",  "d",
                                                    "ing", "ies", "ied", "y", "ying"};
    // A doubled last consonant before -ed or -ing ("ship" -> "shipping", "fit" -> "fitted").
    const char last = common > 0 ? a[common - 1] : '\0';
    const auto inflection = [last](std::string_view rest) {
        if (rest.size() > 2 && rest[0] == last &&
            (rest.substr(1) == "ed" || rest.substr(1) == "ing"))
            return true;
        return std::find(std::begin(kEndings), std::end(kEndings), rest) != std::end(kEndings);
    };
    return inflection(a.substr(common)) && inflection(b.substr(common));
}

namespace {

// Inverse document frequency: n entities (plus one), df of them holding the word.
double idf(double n, double df)
{
    return std::log(1.0 + n / df);
}

// Punctuation that ends a clause between two words ("bought it last week, wants her money
// back"): the words on either side belong to different thoughts. A question or exclamation
// mark always; a comma, full stop, colon, semicolon, dash or ellipsis only with a space, since
// "1,000", "2.99" and "10:30" are one thing.
bool endsClause(QStringView between)
{
    const bool spaced =
        std::any_of(between.begin(), between.end(), [](QChar c) { return c.isSpace(); });
    return std::any_of(between.begin(), between.end(), [&](QChar c) {
        return c == u'?' || c == u'!' ||
               (spaced && (c == u',' || c == u'.' || c == u':' || c == u';' || c == u'\u2013' ||
                           c == u'\u2014' || c == u'\u2026'));
    });
}

// A directory word one edit away that a typo could land on ("posoning" -> "poisoning"): a
// likelier reading than a missing space ("pos" + "oning").
bool hasOneEditCorrection(const TermIndex &terms, const Lexicon &lex, const std::string &word)
{
    bool found = false;
    terms.forEachTypo(word, 1, [&](std::uint32_t t, int) {
        const std::string &target = terms.text(t);
        found = found || (target.size() >= static_cast<size_t>(ranking::kTypoMinLength1) &&
                          !lex.isStopword(target));
    });
    return found;
}

// The query's words: one number ("+49 30 5557", "x4417"), or words folded and stemmed, an
// unknown word that is two of the directory's read as both ("warrantyclaims").
void readWords(const QString &query, const SearchIndex &x, QueryPlan &plan)
{
    const Lexicon &lex = *x.lexicon;
    TextFolder &folder = TextFolder::local();
    const bool endsWithSpace = !query.isEmpty() && query.back().isSpace();

    // A number alone ("+49 30 5557", "x4417", "0305557 4417"): one numeric concept.
    static const auto isPhoneChar = [](QChar c) {
        return c.isDigit() || c.isSpace() || c == QLatin1Char('+') || c == QLatin1Char('(') ||
               c == QLatin1Char(')') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
               c == QLatin1Char('/');
    };
    const QString trimmed = query.trimmed();
    QString numberText = trimmed;
    bool extensionOnly = false;
    if (numberText.startsWith(QLatin1Char('x'), Qt::CaseInsensitive) && numberText.size() > 1 &&
        numberText.at(1).isDigit()) {
        numberText.remove(0, 1);
        extensionOnly = true;
    }
    const bool wholeNumber =
        !numberText.isEmpty() && std::all_of(numberText.begin(), numberText.end(), isPhoneChar) &&
        std::any_of(numberText.begin(), numberText.end(), [](QChar c) { return c.isDigit(); });

    if (wholeNumber) {
        QueryWord w;
        w.text = trimmed;
        w.folded = PhoneIndex::digitsOf(numberText);
        w.stem = w.folded;
        plan.words.push_back(w);
    } else {
        for (const TextWord &tw : splitWords(query)) {
            QueryWord w;
            w.text = query.mid(tw.start, tw.length);
            w.start = tw.start;
            if (!plan.words.empty()) {
                const QueryWord &before = plan.words.back();
                const qsizetype end = before.start + before.text.size();
                w.afterClauseBreak = endsClause(QStringView(query).mid(end, tw.start - end));
            }
            w.folded = folder.fold(w.text);
            if (w.folded.empty())
                continue;
            w.stem = folder.stem(w.folded);
            w.stop = lex.isStopword(w.folded, w.text);
            // A missing space ("warrantyclaims"): an unknown word that is two words of the
            // directory is read as those two words.
            const size_t n = w.folded.size();
            // The word may still be being typed.
            const bool completes =
                tw.start + tw.length >= query.size() && x.terms.hasPrefix(w.folded);
            if (!completes && n >= 2 * ranking::kSplitMinPart && !isDigits(w.folded) &&
                x.terms.find(w.folded) == kNoTerm && x.terms.findStem(w.stem) == kNoTerm &&
                !lex.isKnownWord(w.folded) && static_cast<size_t>(w.text.size()) == n &&
                !hasOneEditCorrection(x.terms, lex, w.folded)) {
                size_t best = 0;
                for (size_t i = ranking::kSplitMinPart; i + ranking::kSplitMinPart <= n; ++i) {
                    const std::string a = w.folded.substr(0, i), b = w.folded.substr(i);
                    if (x.terms.findStem(folder.stem(a)) != kNoTerm &&
                        x.terms.findStem(folder.stem(b)) != kNoTerm &&
                        std::min(i, n - i) > std::min(best, n - best))
                        best = i;
                }
                if (best > 0) {
                    QueryWord second = w;
                    second.afterClauseBreak = false;
                    w.text = w.text.left(static_cast<qsizetype>(best));
                    w.folded = w.folded.substr(0, best);
                    w.stem = folder.stem(w.folded);
                    w.stop = lex.isStopword(w.folded, w.text);
                    second.text = second.text.mid(static_cast<qsizetype>(best));
                    second.start += static_cast<qsizetype>(best);
                    second.folded = second.folded.substr(best);
                    second.stem = folder.stem(second.folded);
                    second.stop = lex.isStopword(second.folded, second.text);
                    plan.words.push_back(std::move(w));
                    plan.words.push_back(std::move(second));
                    continue;
                }
            }
            plan.words.push_back(std::move(w));
        }
    }
    plan.query = query;
    plan.trimmed = trimmed;
    plan.endsWithSpace = endsWithSpace;
    plan.wholeNumber = wholeNumber;
    plan.extensionOnly = extensionOnly;
}

// The words that count, as concepts: stop words dropped unless the query is only stop words
// or one may be part of a name, short numbers in a sentence dropped, at most kMaxWords.
void readConcepts(const SearchIndex &x, QueryPlan &plan)
{
    const Lexicon &lex = *x.lexicon;
    const bool endsWithSpace = plan.endsWithSpace;
    const bool wholeNumber = plan.wholeNumber;
    const size_t stopWords = static_cast<size_t>(std::count_if(
        plan.words.begin(), plan.words.end(), [](const QueryWord &w) { return w.stop; }));
    const bool allStop = stopWords == plan.words.size();
    // Two or three words, one of them a stop word, may be a name: "and curr", "mik well".
    // Not between two words: there it joins them ("benefits and credits", "head of sales").
    // Then that stop word is the query's one optional concept.
    const bool stopWordMayBeName = !allStop && !wholeNumber && stopWords == 1 &&
                                   plan.words.size() <= ranking::kNameQueryMaxWords &&
                                   (plan.words.front().stop || plan.words.back().stop);
    std::vector<int> conceptOfWord(plan.words.size(), -1);
    for (size_t i = 0; i < plan.words.size(); ++i) {
        const QueryWord &w = plan.words[i];
        const bool last = i + 1 == plan.words.size() && !endsWithSpace;
        if (w.stop && !allStop && !stopWordMayBeName)
            continue; // "I", "the", "my", "wants" must not drown the signal
        // In a sentence, a short number ("200 mugs", "14 months") is not an extension.
        if (!wholeNumber && isDigits(w.folded) && w.folded.size() < 4 && plan.words.size() > 1)
            continue;
        if (static_cast<int>(plan.concepts.size()) >= kMaxWords)
            break;
        Concept c;
        c.word = static_cast<int>(i);
        c.folded = w.folded;
        c.stem = w.stem;
        c.numeric = wholeNumber || isDigits(w.folded) ||
                    (w.folded.size() > 1 && w.folded[0] == 'x' && isDigits(w.folded.substr(1)));
        c.optional = w.stop && !allStop;
        // Earlier words count as prefixes only when short ("jan do", and an initial: "j smith"):
        // a longer word followed by more words was finished by whoever typed it.
        c.prefix = last || (!wholeNumber && !c.numeric &&
                            w.folded.size() <= static_cast<size_t>(ranking::kInnerPrefixMaxLength));
        // The tolerance is for the word meant: one edit for 4+ letters, so a 3-letter word may
        // be a 4-letter one with a letter dropped ("lst" -> "lost"); corrections only ever land
        // on words of kTypoMinLength1 letters or more.
        const int len = static_cast<int>(w.folded.size());
        c.maxEdits = c.numeric || c.optional               ? 0
                     : len >= ranking::kTypoMinLength2     ? 2
                     : len >= ranking::kTypoMinLength1 - 1 ? 1
                                                           : 0;
        if (!c.optional)
            conceptOfWord[i] = static_cast<int>(plan.concepts.size());
        plan.concepts.push_back(std::move(c));
    }
    const size_t nc = plan.concepts.size();
    // A sentence ("the customer wants ...") describes a problem: the answer is a responsibility
    // more often than a person or team whose name shares a word.
    const bool sentence = !wholeNumber && !stopWordMayBeName && nc >= 3 && stopWords >= 1;
    // In a sentence, an earlier short word that is a real word ("handing over the box") was
    // finished, not abbreviated: "over" is not "overdue"; nor is a lone letter an initial.
    if (sentence) {
        for (Concept &c : plan.concepts) {
            const bool last = plan.isLastWord(c);
            if (c.prefix && !last &&
                (c.folded.size() == 1 || x.terms.find(c.folded) != kNoTerm ||
                 lex.isKnownWord(c.folded) || lex.isKnownWord(c.stem)))
                c.prefix = false;
        }
    }
    plan.termMatchers.resize(nc);
    plan.docHits.resize(nc);

    plan.stopWordMayBeName = stopWordMayBeName;
    plan.sentence = sentence;
    plan.conceptOfWord = std::move(conceptOfWord);
}

} // namespace

bool readQuery(const QString &query, const SearchIndex &x, QueryPlan &plan)
{
    readWords(query, x, plan);
    if (plan.words.empty())
        return false;
    readConcepts(x, plan);
    return true;
}

void weighConcepts(const SearchIndex &x, QueryPlan &plan)
{
    const Lexicon &lex = *x.lexicon;
    const size_t nc = plan.concepts.size();
    const bool sentence = plan.sentence;
    // Rare words matter more: inverse document frequency of each concept.
    const double n = static_cast<double>(x.docs.size()) + 1.0;
    // Phrases in more groups than this make a word generic (kGenericWordShare).
    const float genericLimit =
        std::max(static_cast<float>(ranking::kGenericWordGroups),
                 ranking::kGenericWordShare * static_cast<float>(lex.groupCount()));
    for (size_t ci = 0; ci < nc; ++ci) {
        Concept &c = plan.concepts[ci];
        double direct = 0, completions = 0, any = static_cast<double>(plan.docHits[ci].size());
        float bestQuality = 0;
        for (std::uint32_t mi : plan.termMatchers[ci]) {
            const Matcher &m = plan.matchers[mi];
            const auto df = static_cast<double>(x.terms.documents(m.term));
            if (m.kind == MatchKind::Exact || m.kind == MatchKind::Stem)
                direct += df;
            if (m.kind == MatchKind::Prefix)
                completions += df;
            any += df;
            bestQuality = std::max(bestQuality, m.quality);
        }
        for (const auto &h : plan.docHits[ci])
            bestQuality = std::max(bestQuality, plan.matchers[h.matcher].quality);
        // Outside sentences a word that may be unfinished is as rare as all it may become: "ric"
        // of "ric fost" is Ric, Richard or Rick, so it must not outweigh "fost".
        const double df =
            direct > 0 ? direct + (c.prefix && !sentence ? completions : 0.0) : std::max(1.0, any);
        c.weight = static_cast<float>(idf(n, df));
        // A word known only through indirect matches (synonyms, related phrases, typos) is
        // rare only by the look of it: it weighs as much as its best evidence is worth.
        if (direct <= 0 && bestQuality > 0 && !c.numeric)
            c.weight *= bestQuality;
        // A word of countless complaints ("work": "not working", "won't work", "stopped
        // working", ...) says little about which one this is, however rare it is in the
        // directory: the specific word next to it ("voucher") should decide.
        const std::vector<int> *phrases = c.numeric ? nullptr : lex.groupsWithWord(c.stem);
        if (phrases && static_cast<float>(phrases->size()) > genericLimit)
            c.weight *= ranking::kGenericWord;
        if (sentence && !c.numeric && lex.isCommonVerb(c.stem))
            c.weight *= ranking::kCommonVerb;
    }
    // A synonym landing on a common directory word counts less than one landing on a rare
    // one (kSynonymSpecificity).
    for (size_t ci = 0; ci < nc; ++ci) {
        const auto idfOf = [&](const Matcher &m) {
            return idf(n, std::max(1.0, static_cast<double>(x.terms.documents(m.term))));
        };
        double rarest = 0;
        for (std::uint32_t mi : plan.termMatchers[ci])
            if (plan.matchers[mi].kind == MatchKind::Synonym)
                rarest = std::max(rarest, idfOf(plan.matchers[mi]));
        for (std::uint32_t mi : plan.termMatchers[ci]) {
            Matcher &m = plan.matchers[mi];
            if (m.kind == MatchKind::Synonym)
                m.quality *= static_cast<float>(
                    std::pow(idfOf(m) / rarest, static_cast<double>(ranking::kSynonymSpecificity)));
        }
    }
}

} // namespace whoowns::search
