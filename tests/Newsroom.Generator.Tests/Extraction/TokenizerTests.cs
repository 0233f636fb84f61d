using System.Globalization;
using System.Linq;
using System.Text;
using Newsroom.Generator.Extraction.Text;
using Xunit;

namespace Newsroom.Generator.Tests.Extraction;

/// <summary>
/// The tokenizer keeps in each token what it read on the way (the first character, whether a hyphen or apostrophe is
/// inside) and takes the text from the word pool: each must be what the token's characters give.
/// </summary>
public class TokenizerTests
{
    [Theory]
    [InlineData("the Harvard–Smithsonian Center", "Harvard–Smithsonian")]
    [InlineData("the 1990–2000 figures", "1990")]
    [InlineData("EXCLUSIVE–Lena Berg", "EXCLUSIVE")]
    [InlineData("north–South talks", "north–South")]
    public void An_en_dash_joins_a_word_to_a_capitalised_one_but_not_a_label_or_numbers(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        Assert.Contains(tokens, t => t.Text == expected);
    }

    [Theory]
    [InlineData("Taiwanese President Tsai Ing-wen told al-Assad’s envoy: “U.S. and R-Ky. 3,500.5 don’t,” O'Brien said.")]
    [InlineData("A b c. J. Doe, a.m. Mr. Smith ‑ non‑breaking—dash 'quoted' ’s 's")]
    [InlineData("Ünïcödé naïve café, Zoë’s 東京 and 𝒜𝒷 emoji 😀 end")]
    public void Each_token_holds_what_its_characters_give(string text)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        Assert.NotEmpty(tokens);
        foreach (var t in tokens)
        {
            Assert.Equal(text.Substring(t.Start, t.Length), t.Text);
            Assert.Equal(t.Text[0], t.First);
            Assert.Equal(t.Text.IndexOfAny(Token.Joiners) >= 0, t.Joined);
            Assert.Equal(new Token(t.Start, t.Length, t.Text, t.Kind) { WordId = t.WordId }, t);
        }
    }

    [Fact]
    public void Pooled_words_stay_right_when_the_pool_is_full_and_its_second_table_empties()
    {
        // More distinct words than the pool and its second table hold, each read twice, the second time far apart.
        var text = new StringBuilder();
        for (var i = 0; i < 40_000; i++) text.Append("Word").Append(i.ToString("x", CultureInfo.InvariantCulture)).Append(' ');
        for (var i = 0; i < 40_000; i += 7) text.Append("Word").Append(i.ToString("x", CultureInfo.InvariantCulture)).Append(' ');
        var s = text.ToString();
        var tokens = Tokenizer.Tokenize(s, 0, s.Length);
        Assert.Equal(40_000 + (40_000 + 6) / 7, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(s.Substring(t.Start, t.Length), t.Text));
        Assert.True(tokens.Select(t => t.Text).Distinct().Count() == 40_000);
    }
}
