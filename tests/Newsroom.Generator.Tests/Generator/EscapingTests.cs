using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Newsroom.Generator.Emit;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>A text written as a C# string literal reads back as itself when the compiler parses it.</summary>
public class EscapingTests
{
    /// <summary>What the literal must hold: the text, with each lone surrogate (no character by itself) as U+FFFD.</summary>
    private static string Expected(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(text, i, 2);
                i++;
            }
            else
            {
                sb.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }
        return sb.ToString();
    }

    private static void AssertReadsBack(string text)
    {
        var literal = Escaping.Literal(text);
        var parsed = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(parsed.GetDiagnostics());
        var token = Assert.IsType<LiteralExpressionSyntax>(parsed).Token;
        Assert.Equal(Expected(text), token.ValueText);
        Assert.DoesNotContain('\n', literal);   // one line, whatever the text
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain words")]
    [InlineData("“He said \"no\",” she wrote.\\ path\\to")]
    [InlineData("line\nbreak\r\ntab\there\0nul")]
    [InlineData("emoji 😀 and a lone \uD800 high and \uDC00 low surrogate, \uD800")]
    [InlineData("\u2028separators\u2029 and \u0085next line, \u007F delete, \u200B zero width")]
    public void Chosen_texts_read_back_as_themselves(string text) => AssertReadsBack(text);

    [Fact]
    public void Any_text_reads_back_as_itself()
    {
        // Characters from every corner that needs care: quotes, backslashes, controls, separators, surrogates.
        var hard = "\"\\\n\r\t\0\u0085\u2028\u2029\u007F\u200B\uFEFF\uD800\uDBFF\uDC00\uDFFF😀“”é".ToCharArray();
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char[' ', '~'], Gen.Int[0, hard.Length - 1].Select(i => hard[i]), Gen.Char);
        chars.Array[0, 200].Select(a => new string(a)).Sample(AssertReadsBack, iter: 2000);
    }

    [Fact]
    public void A_comment_is_one_line_of_the_visible_characters_and_ends_nothing()
    {
        var sb = new StringBuilder("// ");
        const string text = "a &lt; b\nnext */ line\u2028sep\u202Eevil\u200B\u0085end  \t x";
        Escaping.AppendComment(sb, text, 0, text.Length, 100);
        Assert.Equal("// a &lt; b next */ line sepevil end x", sb.ToString());

        // Any text at all: one comment line in C#, whatever follows it is still code.
        var hard = "\n\r\u0085\u2028\u2029\u202E\u2066\u200B\uD800\uDC00😀*/\\".ToCharArray();
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Int[0, hard.Length - 1].Select(i => hard[i]), Gen.Char);
        chars.Array[0, 100].Select(a => new string(a)).Sample(text =>
        {
            var comment = new StringBuilder("// ");
            Escaping.AppendComment(comment, text, 0, text.Length, 1000);
            var tree = CSharpSyntaxTree.ParseText(comment + "\nclass C { }");
            Assert.Empty(tree.GetDiagnostics());
            Assert.Single(tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>());
            Assert.DoesNotContain(comment.ToString(), c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.Control);
        }, iter: 1000);
    }
}
