#include "importers/textsniffer.h"

#include "util/boundedread.h"

#include <QHash>
#include <QIODevice>
#include <QList>
#include <QStringDecoder>

namespace whoowns {

namespace {

// Validates UTF-8 across chunk boundaries: pending counts the continuation bytes still due.
class Utf8Validator
{
public:
    bool feed(const QByteArray &bytes)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
        const qsizetype n = bytes.size();
        for (qsizetype i = 0; i < n; ++i) {
            const unsigned char c = p[i];
            if (m_pending > 0) {
                if ((c & 0xC0) != 0x80)
                    return m_valid = false;
                --m_pending;
                continue;
            }
            if (c < 0x80)
                continue;
            if (c >= 0xC2 && c <= 0xDF)
                m_pending = 1;
            else if (c >= 0xE0 && c <= 0xEF)
                m_pending = 2;
            else if (c >= 0xF0 && c <= 0xF4)
                m_pending = 3;
            else
                return m_valid = false;
        }
        return true;
    }
    bool finish() const { return m_valid && m_pending == 0; }

private:
    int m_pending = 0;
    bool m_valid = true;
};

} // namespace

DetectedEncoding detectEncoding(QIODevice *device)
{
    DetectedEncoding e;
    const qint64 start = device->pos();
    const QByteArray head = device->peek(4);
    if (head.startsWith("\xEF\xBB\xBF")) {
        e.hasBom = true; // the reader drops the BOM
    } else if (head.startsWith("\xFF\xFE")) {
        e.name = "UTF-16LE";
        e.hasBom = true;
        return e;
    } else if (head.startsWith("\xFE\xFF")) {
        e.name = "UTF-16BE";
        e.hasBom = true;
        return e;
    }
    Utf8Validator v;
    for (;;) {
        const QByteArray chunk = readBounded(device, 1 << 20);
        if (chunk.isEmpty())
            break;
        if (!v.feed(chunk))
            break;
    }
    device->seek(start);
    if (!v.finish()) {
        e.name = "windows-1252";
        e.guessed = true;
    }
    return e;
}

QString readHead(QIODevice *device, const DetectedEncoding &encoding, qint64 maxBytes)
{
    const qint64 start = device->pos();
    const QByteArray bytes = readBounded(device, maxBytes);
    device->seek(start);
    QStringDecoder decoder(encoding.name.constData(), QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QChar detectDelimiter(const QString &head)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'),
                                QLatin1Char('|')};
    constexpr int kLines = 20;
    QChar best = QLatin1Char(',');
    double bestScore = 0;
    for (const QChar d : candidates) {
        // Fields per line, counted outside quotes; a quoted field may span lines.
        QList<int> counts;
        int count = 0;
        bool inQuotes = false;
        bool lineHasText = false;
        for (qsizetype i = 0; i < head.size() && counts.size() < kLines; ++i) {
            const QChar c = head.at(i);
            if (c == QLatin1Char('"')) {
                inQuotes = !inQuotes;
                lineHasText = true;
            } else if (!inQuotes && c == d) {
                ++count;
                lineHasText = true;
            } else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                if (lineHasText)
                    counts.append(count);
                count = 0;
                lineHasText = false;
            } else if (!c.isSpace()) {
                lineHasText = true;
            }
        }
        if (lineHasText && counts.size() < kLines)
            counts.append(count);
        if (counts.isEmpty())
            continue;
        // Score: the share of lines that agree with the most common count, times that count.
        QHash<int, int> freq;
        for (int n : counts)
            ++freq[n];
        int modeCount = 0, mode = 0;
        for (auto it = freq.cbegin(); it != freq.cend(); ++it)
            if (it.key() > 0 &&
                (it.value() > modeCount || (it.value() == modeCount && it.key() > mode))) {
                modeCount = it.value();
                mode = it.key();
            }
        if (mode == 0)
            continue;
        const double score = double(modeCount) / counts.size() * (1.0 + 0.01 * mode);
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

} // namespace whoowns
