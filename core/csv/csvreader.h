#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <limits>

class QIODevice;

namespace whoowns {

struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; // 1-based physical line on which the record starts
};

namespace detail {
// A stateful QStringDecoder that can tell whether it still holds the first bytes of a
// character whose remaining bytes never came (a file cut in the middle of a character).
class StreamDecoder : public QStringDecoder
{
public:
    using QStringDecoder::QStringDecoder;
    bool hasPendingBytes() const { return state.remainingChars != 0; }
};
} // namespace detail

// A streaming RFC 4180 reader (Qt has none). It decodes the byte stream incrementally, so a
// file of millions of rows is read in constant memory, and reports the line of every error.
// Strict mode refuses what RFC 4180 forbids (a quote inside an unquoted field, text after a
// closing quote); lenient mode keeps such characters as text, for real-world exports. In both
// modes a quoted field that is never closed, bytes that are not valid text in the encoding, and
// input beyond the limits are errors.
class CsvReader
{
public:
    struct Options
    {
        QChar delimiter = QLatin1Char(',');
        bool strict = true;
        QByteArray encoding = "UTF-8"; // any name QStringDecoder knows (ICU-backed)
        qsizetype maxFieldChars = 64 * 1024;
        // The header counts: a file of more than 5 million data rows is refused (issue #4).
        qint64 maxRecords = 5'000'001;
        qsizetype maxColumns = 10'000;
    };

    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);

    // Reads the next record; false at the end of input or on error (see hasError()).
    // Blank lines are skipped. A UTF-8 byte order mark at the start is dropped.
    bool next(CsvRecord &record);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    qint64 recordsRead() const { return m_records; }
    bool decodingFailed() const { return m_decodeError; }

private:
    bool fill();
    bool fail(const QString &message, qint64 line);
    bool failDecoding();
    void skipLineEnd(QChar c);
    bool appendChar(QString &field, QChar c, qint64 line);
    bool endField(CsvRecord &record, QString &field);
    bool finishRecord(CsvRecord &record, QString &field);

    QIODevice *m_device;
    Options m_options;
    detail::StreamDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferStart = 0; // stream position (in characters) of m_buffer[0]
    qint64 m_invalidAt = -1;  // stream position of the first character that failed to decode
    bool m_eof = false;
    bool m_firstChunk = true;
    bool m_decodeError = false;
    QChar m_lastDecoded; // the last character decoded, to pair surrogates across chunks
    static constexpr qsizetype kNoBadSurrogate = std::numeric_limits<qsizetype>::max();
    static qsizetype firstUnpairedSurrogate(const QString &text, QChar previous);
    qint64 m_line = 1;
    qint64 m_records = 0;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace whoowns
