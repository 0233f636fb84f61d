using System;
using System.IO;
using System.Text;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// How the C# compiler turns an article file's bytes into the text the generator gets from
/// <c>AdditionalText.GetText()</c>, done again without Roslyn, so that the <c>newsroom</c> command reads a file as a
/// build does: the same characters, so the same extraction, offsets and diagnostics.
/// </summary>
/// <remarks>
/// This is Roslyn's <c>EncodedStringText.Create</c> as csc calls it for every source and additional file
/// (<c>CommonCompiler.TryReadFileContent</c>, with no <c>/codepage</c>), step for step:
/// <list type="number">
/// <item>The bytes are decoded as strict UTF-8 (an invalid byte throws), unless a byte order mark names the encoding.
/// A file whose maximum character count (<see cref="Encoding.GetMaxCharCount"/>: bytes + 1 for UTF-8) is under
/// <see cref="LargeTextChars"/> is decoded at once and knows the UTF-8, UTF-16 LE and UTF-16 BE marks; a larger one goes
/// through a <see cref="StreamReader"/>, which also knows the UTF-32 marks. Under a mark, bad bytes become U+FFFD.</item>
/// <item>When strict UTF-8 fails, the bytes are decoded again with the fallback encoding
/// (<see cref="CompilerFallback"/>), and the file is binary, with no text, when the result has two NULs in a row (in
/// a large file: in one chunk of <see cref="LargeTextChars"/>); the compiler then reports CS2015.</item>
/// </list>
/// The fallback depends on the machine the compiler runs on. Roslyn registers the code-pages encoding provider and
/// asks for code page 0, the system's ANSI code page: on Windows that is the ANSI code page of the system locale
/// (1252 for Western European languages); on Linux and macOS the provider has none, and code page 0 is .NET's default,
/// UTF-8 that replaces each invalid sequence with U+FFFD.
/// </remarks>
internal static class ArticleDecoding
{
    /// <summary>Roslyn's <c>SourceText.LargeObjectHeapLimitInChars</c>: the size from which it reads a file in chunks.</summary>
    public const int LargeTextChars = 40 * 1024;

    /// <summary>The compiler's first try for a file without a byte order mark.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Fallback = new(CreateCompilerFallback);

    /// <summary>The encoding the compiler falls back to on this machine for a file that is not UTF-8 (see the remarks).</summary>
    public static Encoding CompilerFallback => Fallback.Value;

    /// <summary>
    /// The text the compiler on this machine gives for a file of <paramref name="bytes"/>, or null where it gives none
    /// (a binary file: CS2015).
    /// </summary>
    public static string? Decode(byte[] bytes) => Decode(bytes, CompilerFallback);

    /// <summary>As <see cref="Decode(byte[])"/>, with <paramref name="fallback"/> for the compiler's fallback encoding.</summary>
    public static string? Decode(byte[] bytes, Encoding fallback)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        if (fallback is null) throw new ArgumentNullException(nameof(fallback));
        try
        {
            return Decode(bytes, StrictUtf8, rejectBinary: false);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the fallback below, as the compiler does.
        }
        try
        {
            return Decode(bytes, fallback, rejectBinary: true);
        }
        catch (DecoderFallbackException)
        {
            return null; // a fallback that throws on bad bytes: the compiler gives no text (InvalidDataException)
        }
    }

    /// <summary>Roslyn's <c>EncodedStringText.Decode</c>: all at once, or, for a large file, through a reader in chunks.</summary>
    private static string? Decode(byte[] bytes, Encoding encoding, bool rejectBinary)
    {
        int maxChars;
        try
        {
            maxChars = encoding.GetMaxCharCount(bytes.Length);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // too long to count: the compiler gives no text ("stream is too long")
        }
        if (maxChars >= LargeTextChars) return DecodeLarge(bytes, encoding, maxChars, rejectBinary);

        // SourceText.From(byte[], …): the byte order marks it knows, then the encoding.
        var actual = ByteOrderMark(bytes, out var preamble) ?? encoding;
        var text = actual.GetString(bytes, preamble, bytes.Length - preamble);
        return rejectBinary && text.IndexOf("\0\0", StringComparison.Ordinal) >= 0 ? null : text;
    }

    /// <summary>
    /// Roslyn's <c>LargeText.Decode</c>: a <see cref="StreamReader"/> that detects byte order marks (UTF-32 too) reads
    /// chunks of <see cref="LargeTextChars"/> (the last ones sized from the maximum count), each checked for binary
    /// on its own.
    /// </summary>
    private static string? DecodeLarge(byte[] bytes, Encoding encoding, int maxChars, bool rejectBinary)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: Math.Min(bytes.Length, 4096), leaveOpen: true);
        var text = new StringBuilder(Math.Min(maxChars, bytes.Length + 1));
        var remaining = maxChars;
        while (reader.Peek() != -1)
        {
            var chunk = new char[remaining < LargeTextChars ? Math.Max(remaining - 64, 64) : LargeTextChars];
            var read = reader.ReadBlock(chunk, 0, chunk.Length);
            if (read == 0) break;
            remaining -= read;
            if (rejectBinary && IsBinary(chunk, read)) return null;
            text.Append(chunk, 0, read);
        }
        return text.ToString();
    }

    /// <summary>Roslyn's <c>SourceText.TryReadByteOrderMark</c>: UTF-16 BE, UTF-16 LE and UTF-8 (not UTF-32).</summary>
    private static Encoding? ByteOrderMark(byte[] bytes, out int length)
    {
        length = 0;
        if (bytes.Length < 2) return null;
        if (bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }
        if (bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            length = 2;
            return Encoding.Unicode;
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            length = 3;
            return Encoding.UTF8;
        }
        return null;
    }

    /// <summary>Roslyn's <c>SourceText.IsBinary</c> of a chunk: two NULs in a row among its first <paramref name="length"/> characters.</summary>
    private static bool IsBinary(char[] text, int length)
    {
        for (var i = 1; i < length; i++)
        {
            if (text[i] == '\0' && text[i - 1] == '\0') return true;
        }
        return false;
    }

    /// <summary>
    /// Roslyn's <c>EncodedStringText.CreateFallbackEncoding</c>: with the code-pages provider registered, code page 0
    /// (the system's ANSI code page where there is one, else .NET's default UTF-8), else 1252, else Latin-1.
    /// </summary>
    /// <remarks>
    /// <see cref="CodePagesEncodingProvider"/> is in .NET's shared framework where the command runs; this
    /// netstandard2.0 assembly compiles against the System.Text.Encoding.CodePages that Roslyn itself depends on. Only
    /// the command and the tests call this: the generator in a build gets its text from the compiler.
    /// </remarks>
    private static Encoding CreateCompilerFallback()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return CodePage(0) ?? CodePage(1252) ?? Encoding.GetEncoding("Latin1");

        static Encoding? CodePage(int codePage)
        {
            try
            {
                return Encoding.GetEncoding(codePage);
            }
#pragma warning disable CA1031 // As Roslyn: whatever fails, try the next.
            catch (Exception)
#pragma warning restore CA1031
            {
                return null;
            }
        }
    }
}
