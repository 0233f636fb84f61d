using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Newsroom.Generator.Tests.Infrastructure;

/// <summary>
/// An <see cref="AdditionalText"/> held in memory, standing in for an <c>&lt;AdditionalFiles&gt;</c> item.
/// </summary>
/// <remarks>
/// The incremental pipeline tracks additional texts by instance: running a driver again with the same instance counts
/// as "no change", and <see cref="GeneratorDriver.ReplaceAdditionalText"/> with an instance from <see cref="WithText"/>
/// counts as an edit of that file (same <see cref="Path"/>, so it keeps its analyzer-config metadata).
/// </remarks>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly SourceText _text;

    /// <summary>A file whose content is <paramref name="text"/> exactly (as if it had been read from UTF-8 without a BOM).</summary>
    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text ?? throw new ArgumentNullException(nameof(text)), Utf8NoBom))
    {
    }

    /// <summary>
    /// A file whose content is <paramref name="bytes"/> as stored on disk, decoded by <see cref="Decode"/> the way the
    /// compiler decodes an additional file.
    /// </summary>
    public InMemoryAdditionalText(string path, byte[] bytes)
        : this(path, Decode(bytes))
    {
    }

    /// <summary>A file with an already decoded <see cref="SourceText"/>.</summary>
    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        _text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    /// <summary>A new instance with the same <see cref="Path"/> and other content: an edit of this file.</summary>
    public InMemoryAdditionalText WithText(string text) => new(Path, text);

    /// <summary>Like <see cref="WithText"/>, from raw bytes (see <see cref="Decode"/>).</summary>
    public InMemoryAdditionalText WithBytes(byte[] bytes) => new(Path, bytes);

    /// <summary>
    /// Decodes file bytes into a <see cref="SourceText"/> roughly as csc does for additional files:
    /// a UTF-8, UTF-16 (LE/BE) or UTF-32 byte order mark picks the encoding and is dropped from the text; without one
    /// the bytes are read as UTF-8, and binary-looking content (NUL bytes) does not throw.
    /// </summary>
    /// <remarks>
    /// This is the public <see cref="SourceText.From(Stream, Encoding?, SourceHashAlgorithm, bool, bool)"/> with
    /// <c>encoding: null</c> and <c>throwIfBinaryDetected: false</c>. The one known difference from the compiler's
    /// internal decoder: for bytes that are not valid UTF-8 (and have no BOM) csc retries with the operating
    /// system's ANSI code page, while this replaces each invalid sequence with U+FFFD. On Linux and macOS the ANSI
    /// code page is UTF-8 with replacement, so the results agree there; on a Windows machine set to, say, code page
    /// 1252, csc would produce Latin-1-like text instead. Build the <see cref="SourceText"/> yourself and use the
    /// <see cref="InMemoryAdditionalText(string, SourceText)"/> constructor to test that case.
    /// </remarks>
    public static SourceText Decode(byte[] bytes)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        using var stream = new MemoryStream(bytes, writable: false);
        return SourceText.From(stream, encoding: null, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false);
    }

    /// <inheritdoc />
    public override string ToString() => Path;
}
