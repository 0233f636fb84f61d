using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace Newsroom.Generator.Tests.Generator.Decoding;

/// <summary>
/// Article files as bytes, one for each way the compiler can decode a file: UTF-8 with and without a byte order mark,
/// UTF-16 and UTF-32 marks, Windows-1252 (the reported case), bytes that are not UTF-8, NULs, and files over the size
/// (40 K characters) from which Roslyn reads through a stream reader in chunks.
/// </summary>
public static class EncodedFiles
{
    /// <summary>Windows-1252 turns “ ” é into 0x93 0x94 0xE9, none of which can start a UTF-8 sequence there.</summary>
    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>A headline, and one quote whose speaker and words have characters outside ASCII.</summary>
    public const string Article = "Café owners count the cost\n\n“We will rebuild the café by spring,” said Marie Dupont, the owner.\n";

    /// <summary>The article, then a paragraph long enough to push the file past Roslyn's 40 K characters.</summary>
    public static readonly string LargeArticle = Article + "\n" + string.Concat(Enumerable.Repeat("The council met again on Tuesday and talked about the harbour. ", 700)) + "\n";

    private static byte[] Join(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    /// <summary>
    /// ASCII text with one byte that is not UTF-8 (so the fallback decodes it) and two NULs in a row at
    /// <paramref name="nulAt"/>: at 40,959 they straddle Roslyn's first chunk and the second, and no chunk is binary.
    /// </summary>
    private static byte[] LargeWithNuls(int nulAt)
    {
        var bytes = Ascii("Storm hits coast\n\nThe storm hit the caf" + new string('e', 45_000) + ".\n");
        bytes[25] = 0xE9;
        bytes[nulAt] = 0;
        bytes[nulAt + 1] = 0;
        return bytes;
    }

    public static readonly IReadOnlyDictionary<string, byte[]> All = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
    {
        ["utf-8"] = Encoding.UTF8.GetBytes(Article),
        ["utf-8, byte order mark"] = Join(Encoding.UTF8.GetPreamble(), Encoding.UTF8.GetBytes(Article)),
        ["utf-8, byte order mark, a Windows-1252 byte"] = Join(Encoding.UTF8.GetPreamble(), Ascii("Caf"), [0xE9], Ascii(" owners\n\nText.\n")),
        ["utf-8, cut short at the end"] = Join(Encoding.UTF8.GetBytes(Article), [0xE2, 0x80]),
        ["utf-8, an encoded surrogate"] = Join(Ascii("Headline\n\nA "), [0xED, 0xA0, 0x80], Ascii(" b said Bob.\n")),
        ["utf-8, one NUL"] = Encoding.UTF8.GetBytes("Headline here\n\nA\0b said the words.\n"),
        ["utf-8, two NULs"] = Encoding.UTF8.GetBytes("Headline\n\nText\0\0 here said Bob.\n"),
        ["utf-16 LE, byte order mark"] = Join(Encoding.Unicode.GetPreamble(), Encoding.Unicode.GetBytes(Article)),
        ["utf-16 BE, byte order mark"] = Join(Encoding.BigEndianUnicode.GetPreamble(), Encoding.BigEndianUnicode.GetBytes(Article)),
        ["utf-16 LE, byte order mark, odd length"] = Join(Encoding.Unicode.GetPreamble(), Encoding.Unicode.GetBytes("Headline\n\nText said Bob.\n"), Ascii("A")),
        ["utf-16 LE, no byte order mark"] = Encoding.Unicode.GetBytes("Café news\n\nText said Bob.\n"),
        ["utf-32 LE, byte order mark"] = Join(Encoding.UTF32.GetPreamble(), Encoding.UTF32.GetBytes(Article)),
        ["utf-32 LE, byte order mark, large"] = Join(Encoding.UTF32.GetPreamble(), Encoding.UTF32.GetBytes(LargeArticle)),
        ["utf-32 BE, byte order mark"] = Join([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(Article)),
        ["windows-1252"] = Windows1252.GetBytes(Article),
        ["windows-1252, large"] = Windows1252.GetBytes(LargeArticle),
        ["windows-1252, an undefined byte"] = Join(Ascii("Headline\n\nCaf"), [0xE9, 0x20, 0x81], Ascii(" said Bob Smith, the owner.\n")),
        ["not utf-8, two NULs"] = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF, 0xFE, 0xE9, 0x61],
        ["not utf-8, large, two NULs in one chunk"] = LargeWithNuls(1_000),
        ["not utf-8, large, two NULs across two chunks"] = LargeWithNuls(40_959),
        ["empty"] = [],
    };

    /// <summary>A file name for the case <paramref name="name"/>: its letters and digits, a dash for anything else.</summary>
    public static string FileName(string name) => new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()) + ".txt";

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys) data.Add(name);
        return data;
    }
}
