using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using Newsroom.Generator.Emit;
using Xunit;

namespace Newsroom.Generator.Tests.Generator;

/// <summary>
/// The names made of user text (<see cref="Identifiers.Pascal(string, int, int)"/>) and the hovers' text
/// (<see cref="Escaping.Doc"/>). Both are written to allocate little, since a build calls them for every quote and
/// actor of thousands of articles; a plain version of each, written for clarity, is the reference they must match.
/// </summary>
public class NamesAndHoversTests
{
    [Theory]
    [InlineData("NASA says O’Brien-led team won", 6, 48, "NasaSaysOBrienledTeamWon")]
    [InlineData("2024 budget passes", 6, 48, "_2024BudgetPasses")]
    [InlineData("aaaa bbbb cccc", 6, 8, "AaaaBbbb")]
    [InlineData("one two three four five six seven", 3, 48, "OneTwoThree")]
    [InlineData("  -- “ ” --  ", 6, 48, "")]
    [InlineData("élan vital, Zürich", 6, 48, "ÉlanVitalZürich")]
    [InlineData("US-China talks", 6, 48, "USChinaTalks")]
    public void Pascal_makes_names_of_the_first_words(string text, int words, int length, string expected)
    {
        Assert.Equal(expected, Identifiers.Pascal(text, words, length));
        Assert.Equal(ReferencePascal(text, words, length), Identifiers.Pascal(text, words, length));
    }

    private static readonly char[] Hard = "'’-\u2011 _.,“”&<>\t\n\u200B\uD800\uDC00😀éÉßİı0123456789ABCDabcd".ToCharArray();

    private static readonly Gen<string> Texts =
        Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Int[0, Hard.Length - 1].Select(i => Hard[i]), Gen.Char)
            .Array[0, 120].Select(a => new string(a));

    [Fact]
    public void Pascal_of_part_of_a_text_is_Pascal_of_that_part_and_matches_the_reference()
    {
        Gen.Select(Texts, Gen.Int[0, 100], Gen.Int[0, 100], Gen.Int[1, 8], Gen.Int[4, 64]).Sample((text, a, b, words, length) =>
        {
            var start = System.Math.Min(a, text.Length);
            var end = System.Math.Min(start + b, text.Length);
            var part = text.Substring(start, end - start);
            Assert.Equal(ReferencePascal(part, words, length), Identifiers.Pascal(text, start, end, words, length));
        }, iter: 3000);
    }

    [Fact]
    public void Doc_matches_the_reference_and_AppendDoc_ignores_what_comes_before()
    {
        Gen.Select(Texts, Gen.Int[0, 130]).Sample((text, max) =>
        {
            var expected = ReferenceDoc(text, max);
            Assert.Equal(expected, Escaping.Doc(text, max));
            var sb = new StringBuilder("<para>— ");
            Escaping.AppendDoc(sb, "xx" + text + "yy", 2, text.Length + 2, max);
            Assert.Equal("<para>— " + expected, sb.ToString());
        }, iter: 3000);
    }

    // The plain versions: a string per word, a string per step.

    private static string ReferencePascal(string text, int maxWords, int maxLength)
    {
        static bool IsPart(string s, int i) => s[i] != '_' && CharUnicodeInfo.GetUnicodeCategory(s[i]) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
        static bool IsJoiner(string s, int i) => s[i] is '\'' or '’' or '-' or '\u2011' && i + 1 < s.Length && IsPart(s, i + 1) && i > 0 && IsPart(s, i - 1);

        var name = "";
        var words = 0;
        var i = 0;
        while (i < text.Length && words < maxWords)
        {
            while (i < text.Length && !IsPart(text, i)) i++;
            if (i >= text.Length) break;
            var word = "";
            for (; i < text.Length && (IsPart(text, i) || IsJoiner(text, i)); i++)
            {
                if (IsPart(text, i)) word += text[i];
            }
            var allUpper = word.All(c => !char.IsLetter(c) || char.IsUpper(c));
            var cased = char.ToUpperInvariant(word[0]) + (allUpper && word.Length > 3 ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
            if (name.Length > 0 && name.Length + cased.Length > maxLength) break;
            name += cased;
            words++;
        }
        if (name.Length > maxLength + 16) name = name.Substring(0, maxLength + 16);
        var category = name.Length > 0 ? CharUnicodeInfo.GetUnicodeCategory(name[0]) : UnicodeCategory.Control;
        if (name.Length > 0 && category is not (UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber) && name[0] != '_') name = "_" + name;
        return name;   // no keyword can come out: the first letter is upper case
    }

    private static string ReferenceDoc(string value, int max)
    {
        static bool Hidden(char c) => c < 0x20 || c == 0x7F || c == '\u0085' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control
            or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

        var doc = "";
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || Hidden(c))
            {
                if (!space && doc.Length > 0 && (char.IsWhiteSpace(c) || char.IsControl(c))) { doc += ' '; space = true; }
                continue;
            }
            if (doc.Length >= max) { doc += '…'; break; }
            space = false;
            doc += c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() };
        }
        doc = doc.TrimEnd();
        var kept = new StringBuilder();
        for (var i = 0; i < doc.Length; i++)
        {
            if (char.IsHighSurrogate(doc[i]) && i + 1 < doc.Length && char.IsLowSurrogate(doc[i + 1])) kept.Append(doc, i++, 2);
            else if (!char.IsSurrogate(doc[i])) kept.Append(doc[i]);
        }
        return kept.ToString();
    }
}
