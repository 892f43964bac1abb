#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>

class QIODevice;

namespace whoowns {

// How a text file is encoded, decided from its bytes: a byte-order mark (UTF-8, UTF-16 LE/BE),
// else UTF-8 when every byte sequence is valid UTF-8, else Windows-1252 (what Excel writes on
// Western Windows), which decodes any byte and is reported as a guess.
struct DetectedEncoding
{
    QByteArray name = "UTF-8"; // a QStringDecoder name
    bool hasBom = false;
    bool guessed = false; // the Windows-1252 fallback
};

// Reads the whole device (in chunks, constant memory) and seeks back to the start.
DetectedEncoding detectEncoding(QIODevice *device);

// Decodes up to maxBytes from the start of the device (seeking back afterwards).
QString readHead(QIODevice *device, const DetectedEncoding &encoding, qint64 maxBytes = 64 * 1024);

// The delimiter of a delimited text: the one of comma, semicolon, tab and pipe that splits the
// first lines (outside quotes) into the same, largest number of fields.
QChar detectDelimiter(const QString &head);

} // namespace whoowns
