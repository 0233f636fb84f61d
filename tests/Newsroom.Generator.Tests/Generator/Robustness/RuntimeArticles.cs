using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Newsroom.Generator.Tests.Generator.Robustness;

/// <summary>A quote as the generated code gives it at run time.</summary>
internal sealed record RuntimeQuote(string Text, int Start, int Length, int Line, int Column, string? Speaker);

/// <summary>An article as the generated code gives it at run time.</summary>
internal sealed record RuntimeArticle(string FileName, string MemberName, string Text, IReadOnlyList<RuntimeQuote> Quotes);

/// <summary>Emits a compilation, loads it in a collectible context and reads <c>Newsroom.Articles.All</c> by reflection.</summary>
internal static class RuntimeArticles
{
    public static IReadOnlyList<RuntimeArticle> Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("newsroom-runtime", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var all = (IEnumerable)assembly.GetType("Newsroom.Articles")!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var result = new List<RuntimeArticle>();
            foreach (var article in all)
            {
                var quotes = new List<RuntimeQuote>();
                foreach (var quote in (IEnumerable)Get(article, "Quotes")!)
                {
                    var span = Get(quote, "Span")!;
                    var speaker = Get(quote, "Speaker");
                    quotes.Add(new RuntimeQuote((string)Get(quote, "Text")!, (int)Get(span, "Start")!, (int)Get(span, "Length")!,
                        (int)Get(span, "Line")!, (int)Get(span, "Column")!, speaker is null ? null : (string)Get(speaker, "Name")!));
                }
                result.Add(new RuntimeArticle((string)Get(article, "FileName")!, (string)Get(article, "MemberName")!, (string)Get(article, "Text")!, quotes));
            }
            return result;
        }
        finally
        {
            context.Unload();
        }
    }

    private static object? Get(object target, string property) =>
        target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetValue(target);

    /// <summary>
    /// Every quote's span slices its own text out of the article's text, and its line and column are those of its
    /// start with the compiler's line breaks (CR LF, CR, LF, NEL, U+2028, U+2029).
    /// </summary>
    public static void AssertSpansExact(RuntimeArticle article)
    {
        foreach (var q in article.Quotes)
        {
            Assert.True(q.Start >= 0 && q.Length > 0 && q.Start + q.Length <= article.Text.Length, $"{article.FileName}: span {q.Start}+{q.Length}");
            Assert.Equal(q.Text, article.Text.Substring(q.Start, q.Length));
            var (line, column) = LineColumn(article.Text, q.Start);
            Assert.Equal((line, column), (q.Line, q.Column));
        }
    }

    private static (int Line, int Column) LineColumn(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                if (i + 1 >= offset) break;
                i++;
                line++;
                lineStart = i + 1;
            }
            else if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }
}
