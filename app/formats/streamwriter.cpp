// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamwriter.h"

#include <QLocale>

#include <cmath>

namespace Gazette {

namespace {
constexpr qsizetype BufferSize = 1 << 20;
}

TextStreamOut::TextStreamOut(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(BufferSize + 4096);
}

TextStreamOut::~TextStreamOut()
{
    finish();
}

void TextStreamOut::flushWhenFull()
{
    if (m_buffer.size() >= BufferSize)
        finish();
}

TextStreamOut &TextStreamOut::operator<<(QStringView text)
{
    // Long texts (an article's whole text) are converted in slices, never doubled in memory,
    // and never cut between the two halves of a surrogate pair.
    while (text.size() > BufferSize) {
        qsizetype cut = BufferSize;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        m_buffer += text.first(cut).toUtf8();
        finish();
        text = text.sliced(cut);
    }
    m_buffer += text.toUtf8();
    flushWhenFull();
    return *this;
}

TextStreamOut &TextStreamOut::operator<<(QLatin1StringView text)
{
    m_buffer.append(text.data(), text.size());
    flushWhenFull();
    return *this;
}

TextStreamOut &TextStreamOut::operator<<(char c)
{
    m_buffer.append(c);
    flushWhenFull();
    return *this;
}

TextStreamOut &TextStreamOut::operator<<(qint64 number)
{
    m_buffer += QByteArray::number(number);
    flushWhenFull();
    return *this;
}

void TextStreamOut::appendUtf8(const QByteArray &bytes)
{
    if (bytes.size() > BufferSize) {
        finish();
        if (!m_failed && m_device->write(bytes) != bytes.size())
            m_failed = true;
        return;
    }
    m_buffer += bytes;
    flushWhenFull();
}

bool TextStreamOut::finish()
{
    if (!m_buffer.isEmpty()) {
        if (!m_failed && m_device->write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
    return !m_failed;
}

// ---------------------------------------------------------------------------------------------

JsonStreamWriter::JsonStreamWriter(TextStreamOut &out, int prettyDepth)
    : m_out(out)
    , m_prettyDepth(prettyDepth)
{
}

void JsonStreamWriter::newline(int depth)
{
    m_out << '\n';
    for (int i = 0; i < depth; ++i)
        m_out << ' ';
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        m_out << ',';
    level.empty = false;
    if (m_levels.size() <= m_prettyDepth)
        newline(int(m_levels.size()));
}

void JsonStreamWriter::key(QLatin1StringView name)
{
    beforeValue();
    writeString(m_out, QString(name));
    m_out << (m_levels.size() <= m_prettyDepth ? ": " : ":");
    m_afterKey = true;
}

void JsonStreamWriter::beginObject()
{
    beforeValue();
    m_out << '{';
    m_levels.append({false, true});
}

void JsonStreamWriter::beginArray()
{
    beforeValue();
    m_out << '[';
    m_levels.append({true, true});
}

void JsonStreamWriter::endObject()
{
    const Level level = m_levels.takeLast();
    if (!level.empty && m_levels.size() < m_prettyDepth)
        newline(int(m_levels.size()));
    m_out << '}';
    if (m_levels.isEmpty())
        m_out << '\n';
}

void JsonStreamWriter::endArray()
{
    const Level level = m_levels.takeLast();
    if (!level.empty && m_levels.size() < m_prettyDepth)
        newline(int(m_levels.size()));
    m_out << ']';
    if (m_levels.isEmpty())
        m_out << '\n';
}

void JsonStreamWriter::value(QStringView text)
{
    beforeValue();
    writeString(m_out, text);
}

void JsonStreamWriter::value(QLatin1StringView text)
{
    beforeValue();
    writeString(m_out, QString(text));
}

void JsonStreamWriter::value(qint64 number)
{
    beforeValue();
    m_out << number;
}

void JsonStreamWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number))
        m_out << "null"; // JSON has no NaN or infinity
    else
        m_out.appendUtf8(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonStreamWriter::value(bool flag)
{
    beforeValue();
    m_out << (flag ? "true" : "false");
}

void JsonStreamWriter::writeString(TextStreamOut &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out << '"';
    qsizetype plainFrom = 0;
    auto flushPlain = [&](qsizetype to) {
        if (to > plainFrom)
            out << text.sliced(plainFrom, to - plainFrom);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"': out << "\\\""; break;
        case u'\\': out << "\\\\"; break;
        case u'\n': out << "\\n"; break;
        case u'\r': out << "\\r"; break;
        case u'\t': out << "\\t"; break;
        case u'\b': out << "\\b"; break;
        case u'\f': out << "\\f"; break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf], 0};
            out << escaped;
        }
        }
    }
    flushPlain(text.size());
    out << '"';
}

} // namespace Gazette
