#include "search/textfold.h"

#include <QHash>
#include <QString>

#include <libstemmer.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace whoowns::search {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing ||
           c.category() == QChar::Mark_SpacingCombining;
}

std::unique_ptr<icu::Transliterator> makeTransliterator(const char *id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        return nullptr;
    return t;
}

// Keeps letters and digits of a transliterated word (drops apostrophes and any punctuation
// the transliteration produced).
std::string keepWordBytes(const std::string &s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out.push_back(c);
        else if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
    }
    return out;
}

} // namespace

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

QList<TextWord> splitWords(QStringView text)
{
    QList<TextWord> words;
    splitWords(text, [&](TextWord w) { words.append(w); });
    return words;
}

void splitWords(QStringView text, const std::function<void(TextWord)> &visit)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordChar(text[i]))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n) {
            if (isWordChar(text[i])) {
                ++i;
            } else if (isApostrophe(text[i]) && i + 1 < n && text[i + 1].isLetter() && i > start) {
                ++i;
            } else {
                break;
            }
        }
        visit({start, i - start});
    }
}

struct TextFolder::Impl
{
    std::unique_ptr<icu::Transliterator> latin =
        makeTransliterator("Any-Latin; Latin-ASCII; Lower");
    std::unique_ptr<icu::Transliterator> german =
        makeTransliterator("de-ASCII; Any-Latin; Latin-ASCII; Lower");
    sb_stemmer *stemmer = sb_stemmer_new("english", "UTF_8");
    // ICU transliteration costs microseconds; names repeat, so results are remembered
    // (bounded, per thread).
    QHash<QString, std::string> latinCache;
    QHash<QString, std::string> germanCache;

    std::string cached(QHash<QString, std::string> &cache, icu::Transliterator *t, QStringView word)
    {
        const QString key = word.toString();
        auto it = cache.constFind(key);
        if (it != cache.constEnd())
            return *it;
        if (cache.size() > 100000)
            cache.clear();
        std::string v = run(t, word);
        cache.insert(key, v);
        return v;
    }

    ~Impl()
    {
        if (stemmer)
            sb_stemmer_delete(stemmer);
    }

    std::string run(icu::Transliterator *t, QStringView word)
    {
        icu::UnicodeString u(reinterpret_cast<const UChar *>(word.utf16()),
                             static_cast<int32_t>(word.size()));
        if (t)
            t->transliterate(u);
        else
            u.toLower();
        std::string s;
        u.toUTF8String(s);
        return keepWordBytes(s);
    }
};

TextFolder::TextFolder() : d(new Impl) {}

TextFolder::~TextFolder()
{
    delete d;
}

TextFolder &TextFolder::local()
{
    thread_local TextFolder folder;
    return folder;
}

std::string TextFolder::fold(QStringView word)
{
    bool ascii = true;
    for (QChar c : word) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        std::string out;
        out.reserve(static_cast<size_t>(word.size()));
        for (QChar c : word) {
            const char a = static_cast<char>(c.unicode());
            if (a >= 'A' && a <= 'Z')
                out.push_back(static_cast<char>(a - 'A' + 'a'));
            else if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9'))
                out.push_back(a);
        }
        return out;
    }
    return d->cached(d->latinCache, d->latin.get(), word);
}

std::string TextFolder::foldGerman(QStringView word)
{
    bool hasUmlautCandidate = false;
    for (QChar c : word) {
        if (c.unicode() >= 0x80) {
            hasUmlautCandidate = true;
            break;
        }
    }
    if (!hasUmlautCandidate || !d->german)
        return {};
    std::string g = d->cached(d->germanCache, d->german.get(), word);
    if (g == fold(word))
        return {};
    return g;
}

std::string TextFolder::stem(const std::string &folded)
{
    if (!d->stemmer || folded.empty())
        return folded;
    for (char c : folded)
        if (c >= '0' && c <= '9')
            return folded;
    const sb_symbol *s =
        sb_stemmer_stem(d->stemmer, reinterpret_cast<const sb_symbol *>(folded.data()),
                        static_cast<int>(folded.size()));
    if (!s)
        return folded;
    return std::string(reinterpret_cast<const char *>(s),
                       static_cast<size_t>(sb_stemmer_length(d->stemmer)));
}

std::string foldText(QStringView text)
{
    std::string out;
    TextFolder &f = TextFolder::local();
    for (const TextWord &w : splitWords(text)) {
        if (!out.empty())
            out.push_back(' ');
        out += f.fold(text.mid(w.start, w.length));
    }
    return out;
}

} // namespace whoowns::search
