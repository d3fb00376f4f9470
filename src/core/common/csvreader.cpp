// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/common/csvreader.h"

#include "core/roster/person.h"

#include <array>
#include <cstdint>

namespace convener::core {

namespace {

// A file with a systematic problem would otherwise produce one warning per
// line; past this many, the reader only counts them.
constexpr std::size_t kMaxWarnings = 100;

// How many records the delimiter sniffer looks at: a header and enough rows
// to tell a consistent delimiter from punctuation inside answers.
constexpr std::size_t kSniffRecords = 20;

constexpr std::array<char, 3> kCandidateDelimiters{',', ';', '\t'};

// Windows-1252 bytes 0x80-0x9F. The five undefined bytes map to the C1
// control with the same value, as the WHATWG Encoding Standard does, so no
// byte is ever lost.
constexpr std::array<char16_t, 32> kWindows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

class WarningList final
{
public:
    explicit WarningList(std::vector<CsvWarning> *out)
        : m_out(out)
    {
    }

    void add(int line, CsvWarningKind kind)
    {
        if (!m_out)
            return;
        if (m_out->size() < kMaxWarnings)
            m_out->push_back(CsvWarning { kind, line, 0 });
        else
            ++m_suppressed;
    }

    void finish()
    {
        if (m_out && m_suppressed > 0)
            m_out->push_back(CsvWarning { CsvWarningKind::MoreNotListed, 0, m_suppressed });
    }

private:
    std::vector<CsvWarning> *m_out;
    std::size_t m_suppressed = 0;
};

bool isContinuationByte(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

struct Position
{
    int line = 1;
    int column = 1;
};

// The physical line and character column of a byte offset in UTF-8 text.
Position positionOf(std::string_view text, std::size_t offset)
{
    Position pos;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++pos.line;
            pos.column = 1;
        } else if (c != '\r' && !isContinuationByte(static_cast<unsigned char>(c))) {
            ++pos.column;
        }
    }
    return pos;
}

// Length of the well-formed UTF-8 sequence starting at i, or 0 when the bytes
// there are not one (overlong forms, surrogates and values past U+10FFFF
// included).
std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80)
        return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0)
            lo = 0xA0;
        else if (b0 == 0xED)
            hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi)
        return 0;
    for (std::size_t k = 2; k < len; ++k) {
        if (!isContinuationByte(byte(i + k)))
            return 0;
    }
    return len;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = utf8SequenceLength(s, i);
        if (len == 0)
            return i;
        i += len;
    }
    return std::nullopt;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string decodeWindows1252(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80)
            out += c;
        else if (b < 0xA0)
            appendUtf8(out, kWindows1252High[b - 0x80]);
        else
            appendUtf8(out, b);
    }
    return out;
}

std::string replaceInvalidUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t len = utf8SequenceLength(bytes, i);
        if (len == 0) {
            appendUtf8(out, 0xFFFD);
            ++i;
        } else {
            out.append(bytes.substr(i, len));
            i += len;
        }
    }
    return out;
}

bool startsWith(std::string_view bytes, std::string_view prefix)
{
    return bytes.substr(0, prefix.size()) == prefix;
}

// UTF-16 text without a BOM shows up as valid UTF-8 with a NUL next to
// every ASCII character.
bool looksLikeUtf16(std::string_view bytes)
{
    const std::string_view sample = bytes.substr(0, 512);
    std::size_t nuls = 0;
    for (char c : sample) {
        if (c == '\0')
            ++nuls;
    }
    return nuls * 4 >= sample.size();
}

struct Decoded
{
    std::string text;
    std::string encoding;
};

std::variant<Decoded, CsvError> decode(std::string_view bytes, WarningList &warnings)
{
    if (startsWith(bytes, "\xFF\xFE") || startsWith(bytes, "\xFE\xFF"))
        return CsvError { CsvProblem::Utf16, 1, 1 };
    if (startsWith(bytes, "PK\x03\x04") || startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return CsvError { CsvProblem::Workbook, 0, 0 };

    const bool bom = startsWith(bytes, "\xEF\xBB\xBF");
    const std::string_view body = bom ? bytes.substr(3) : bytes;

    Decoded out;
    if (const auto invalid = firstInvalidUtf8(body)) {
        const int line = positionOf(body, *invalid).line;
        if (bom) {
            out.text = replaceInvalidUtf8(body);
            out.encoding = "UTF-8 with BOM";
            warnings.add(line, CsvWarningKind::InvalidUtf8Replaced);
        } else {
            out.text = decodeWindows1252(body);
            out.encoding = "Windows-1252";
            warnings.add(line, CsvWarningKind::ReadAsWindows1252);
        }
    } else {
        out.text = std::string(body);
        out.encoding = bom ? "UTF-8 with BOM" : "UTF-8";
    }

    if (const auto nul = out.text.find('\0'); nul != std::string::npos) {
        const Position pos = positionOf(out.text, nul);
        return CsvError { looksLikeUtf16(body) ? CsvProblem::LooksLikeUtf16 : CsvProblem::NulByte, pos.line,
            pos.column };
    }
    return out;
}

bool isBlankInField(char c, char delimiter)
{
    return c == ' ' || (c == '\t' && delimiter != '\t');
}

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

// The records of text from offset start (which begins physical line
// startLine), at most maxRecords of them. Records parsed before a fatal
// error are kept in out, so the sniffer can still use them.
std::optional<CsvError> parseRecords(std::string_view text, std::size_t start, int startLine, char delimiter,
                                     std::size_t maxRecords, WarningList &warnings, std::vector<CsvRecord> &out)
{
    const std::size_t n = text.size();
    std::size_t i = start;
    int line = startLine;
    while (i < n && out.size() < maxRecords) {
        CsvRecord record;
        record.line = line;
        bool anyQuoted = false;
        bool strayQuoteWarned = false;
        for (;;) {
            std::string field;
            std::size_t j = i;
            while (j < n && isBlankInField(text[j], delimiter))
                ++j;
            if (j < n && text[j] == '"') {
                // Blanks before an opening quote (", " between fields) are layout, not content.
                const std::size_t open = j;
                anyQuoted = true;
                i = j + 1;
                bool closed = false;
                while (i < n) {
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (isLineEnd(c)) {
                        field += '\n';
                        ++line;
                        i += (c == '\r' && i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
                        continue;
                    }
                    field += c;
                    ++i;
                }
                if (!closed) {
                    const Position pos = positionOf(text, open);
                    return CsvError { CsvProblem::QuoteNotClosed, pos.line, pos.column };
                }
                std::size_t k = i;
                while (k < n && isBlankInField(text[k], delimiter))
                    ++k;
                if (k < n && text[k] != delimiter && !isLineEnd(text[k])) {
                    warnings.add(line, CsvWarningKind::TextAfterClosingQuote);
                    while (i < n && text[i] != delimiter && !isLineEnd(text[i]))
                        field += text[i++];
                } else {
                    i = k;
                }
            } else {
                const std::size_t begin = i;
                while (i < n && text[i] != delimiter && !isLineEnd(text[i])) {
                    if (text[i] == '"' && !strayQuoteWarned) {
                        warnings.add(line, CsvWarningKind::QuoteInUnquotedField);
                        strayQuoteWarned = true;
                    }
                    ++i;
                }
                field.assign(text.substr(begin, i - begin));
            }
            record.fields.push_back(std::move(field));
            if (i >= n)
                break;
            if (text[i] == delimiter) {
                ++i;
                continue;
            }
            i += (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
            ++line;
            break;
        }
        const bool blank = record.fields.size() == 1 && !anyQuoted && trimmed(record.fields.front()).empty();
        if (!blank)
            out.push_back(std::move(record));
    }
    return std::nullopt;
}

// Higher is more convincing: the header must contain the delimiter, and
// rows that split into as many fields as the header count double.
int delimiterScore(std::string_view text, std::size_t start, int startLine, char delimiter, std::size_t *headerFields)
{
    WarningList silent(nullptr);
    std::vector<CsvRecord> records;
    parseRecords(text, start, startLine, delimiter, kSniffRecords, silent, records);
    *headerFields = records.empty() ? 0 : records.front().fields.size();
    if (*headerFields < 2)
        return 0;
    int score = 0;
    for (const CsvRecord &record : records) {
        if (record.fields.size() == *headerFields)
            score += 2;
        else if (record.fields.size() > 1)
            score += 1;
    }
    return score;
}

char sniffDelimiter(std::string_view text, std::size_t start, int startLine)
{
    char best = ',';
    int bestScore = 0;
    std::size_t bestFields = 0;
    for (char candidate : kCandidateDelimiters) {
        std::size_t fields = 0;
        const int score = delimiterScore(text, start, startLine, candidate, &fields);
        if (score > bestScore || (score == bestScore && score > 0 && fields > bestFields)) {
            best = candidate;
            bestScore = score;
            bestFields = fields;
        }
    }
    return best;
}

// Excel reads and writes a first line "sep=;" naming the delimiter.
std::optional<char> excelSeparatorLine(std::string_view text, std::size_t *bodyStart)
{
    if (text.size() < 5 || !startsWith(text, "sep="))
        return std::nullopt;
    const char sep = text[4];
    if (sep == '"' || isLineEnd(sep))
        return std::nullopt;
    std::size_t end = 5;
    if (end < text.size() && !isLineEnd(text[end]))
        return std::nullopt;
    if (end < text.size())
        end += (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1;
    *bodyStart = end;
    return sep;
}

} // namespace

std::variant<CsvDocument, CsvError> readCsv(std::string_view bytes, const CsvReadOptions &options)
{
    if (bytes.size() > options.maxBytes)
        return CsvError { CsvProblem::TooLarge, 0, 0, bytes.size(), options.maxBytes };
    if (options.delimiter && (*options.delimiter == '"' || isLineEnd(*options.delimiter)))
        return CsvError { CsvProblem::BadDelimiter, 0, 0 };

    CsvDocument doc;
    WarningList warnings(&doc.warnings);
    auto decoded = decode(bytes, warnings);
    if (auto *error = std::get_if<CsvError>(&decoded))
        return *error;
    Decoded &input = std::get<Decoded>(decoded);
    doc.encoding = std::move(input.encoding);
    const std::string_view text = input.text;

    std::size_t start = 0;
    const std::optional<char> declared = excelSeparatorLine(text, &start);
    const int startLine = start > 0 ? 2 : 1;
    if (options.delimiter)
        doc.delimiter = *options.delimiter;
    else if (declared)
        doc.delimiter = *declared;
    else
        doc.delimiter = sniffDelimiter(text, start, startLine);

    if (auto error = parseRecords(text, start, startLine, doc.delimiter, SIZE_MAX, warnings, doc.records))
        return *error;
    warnings.finish();
    return doc;
}

} // namespace convener::core
