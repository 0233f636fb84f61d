using System;
using System.IO;
using System.Reflection;
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

    private readonly SourceText? _text;

    /// <summary>A file whose content is <paramref name="text"/> exactly (as if it had been read from UTF-8 without a BOM).</summary>
    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text ?? throw new ArgumentNullException(nameof(text)), Utf8NoBom))
    {
    }

    /// <summary>
    /// A file whose content is <paramref name="bytes"/> as stored on disk, decoded by <see cref="Decode"/> as the
    /// compiler on this machine decodes an additional file; <see cref="GetText"/> is null where the compiler's is
    /// (a binary file, CS2015).
    /// </summary>
    public InMemoryAdditionalText(string path, byte[] bytes)
        : this(path, Decode(bytes), allowNoText: true)
    {
    }

    /// <summary>
    /// As <see cref="InMemoryAdditionalText(string, byte[])"/>, with <paramref name="fallback"/> for the encoding the
    /// compiler falls back to when the bytes are not UTF-8 (which depends on the machine: see <see cref="Decode"/>).
    /// </summary>
    public InMemoryAdditionalText(string path, byte[] bytes, Encoding fallback)
        : this(path, Decode(bytes, fallback), allowNoText: true)
    {
    }

    /// <summary>A file with an already decoded <see cref="SourceText"/>.</summary>
    public InMemoryAdditionalText(string path, SourceText text)
        : this(path, text ?? throw new ArgumentNullException(nameof(text)), allowNoText: false)
    {
    }

    private InMemoryAdditionalText(string path, SourceText? text, bool allowNoText)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        _text = text is not null || allowNoText ? text : throw new ArgumentNullException(nameof(text));
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;

    /// <summary>A new instance with the same <see cref="Path"/> and other content: an edit of this file.</summary>
    public InMemoryAdditionalText WithText(string text) => new(Path, text);

    /// <summary>Like <see cref="WithText"/>, from raw bytes (see <see cref="Decode"/>).</summary>
    public InMemoryAdditionalText WithBytes(byte[] bytes) => new(Path, bytes);

    /// <summary>
    /// Decodes file bytes into the <see cref="SourceText"/> csc gives a generator for an additional file, or null where
    /// it gives none (it then reports CS2015, "a binary file"), by calling the compiler's own decoder: Roslyn's internal
    /// <c>EncodedStringText.Create</c>, as <c>CommonCompiler.TryReadFileContent</c> calls it (no <c>/codepage</c>;
    /// any exception means no text). In short: strict UTF-8, byte order marks honoured; bytes that are not UTF-8 are
    /// decoded again with the fallback encoding, and are binary when that gives two NULs in a row.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="fallback">
    /// The fallback encoding; null for the compiler's own on this machine: the system's ANSI code page on Windows
    /// (1252 in Western European locales), and on Linux and macOS UTF-8 that replaces invalid bytes with U+FFFD.
    /// </param>
    /// <remarks>
    /// The stream is a <see cref="MemoryStream"/> whose buffer is visible, so that Roslyn takes the same path as for
    /// the compiler's <see cref="FileStream"/>: small files decoded from the byte array, large ones (40 K characters and
    /// more) through a <see cref="StreamReader"/> in chunks. The Roslyn-free copy of this decoder, which the
    /// <c>newsroom</c> command uses, is <c>ArticleDecoding</c>; <c>ArticleDecodingTests</c> checks that the two agree.
    /// </remarks>
    public static SourceText? Decode(byte[] bytes, Encoding? fallback = null)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        using var stream = new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true);
        object?[] args = fallback is null
            ? [stream, null, SourceHashAlgorithm.Sha256, false]
            : [stream, new Lazy<Encoding>(() => fallback), null, SourceHashAlgorithm.Sha256, false];
        try
        {
            return (SourceText?)(fallback is null ? CompilerCreate : CompilerCreateWithFallback).Invoke(null, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return null; // what TryReadFileContent does with any exception: a diagnostic, and no text
        }
    }

    private static readonly Type EncodedStringText =
        typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!;

    /// <summary><c>EncodedStringText.Create(Stream, Encoding? defaultEncoding, SourceHashAlgorithm, bool canBeEmbedded)</c>.</summary>
    private static readonly MethodInfo CompilerCreate = CreateMethod(typeof(Stream), typeof(Encoding), typeof(SourceHashAlgorithm), typeof(bool));

    /// <summary><c>EncodedStringText.Create(Stream, Lazy&lt;Encoding&gt; getEncoding, Encoding? defaultEncoding, SourceHashAlgorithm, bool canBeEmbedded)</c>.</summary>
    private static readonly MethodInfo CompilerCreateWithFallback = CreateMethod(typeof(Stream), typeof(Lazy<Encoding>), typeof(Encoding), typeof(SourceHashAlgorithm), typeof(bool));

    private static MethodInfo CreateMethod(params Type[] parameters) =>
        EncodedStringText.GetMethod("Create", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, binder: null, parameters, modifiers: null)
        ?? throw new MissingMethodException("Roslyn's EncodedStringText.Create(" + string.Join(", ", Array.ConvertAll(parameters, p => p.Name)) + ") is gone: find how csc decodes a file now.");

    /// <inheritdoc />
    public override string ToString() => Path;
}
