using System;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Pipeline;

/// <summary>
/// When a quote's source words (<see cref="QuoteModel.Source"/>) are worth showing beside its speaker: when they say more
/// than the speaker's name. <c>Blinken</c>, <c>Anthony Blinken</c> or <c>the World Health Organization</c> only name the
/// speaker; <c>he</c> (whom the extraction took it for) and <c>Jane Roe, a spokeswoman for NASA</c> say more.
/// </summary>
internal static class SourceWords
{
    /// <summary>
    /// Whether <paramref name="source"/> is only a name of the speaker: its name in the article (<paramref name="speaker"/>),
    /// its name across articles (<paramref name="joinedName"/>), one of its aliases or one word of its name, after a
    /// leading <c>the</c>.
    /// </summary>
    public static bool OnlyNames(string source, string speaker, string? joinedName, EquatableArray<ActorModel> actors)
    {
        var words = source.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? source.Substring(4) : source;
        if (words == speaker || words == joinedName) return true;
        if (words.IndexOf(' ') < 0 && (IsWordOf(words, speaker) || (joinedName is not null && IsWordOf(words, joinedName)))) return true;
        var actor = Naming.ActorNamed(actors, speaker);
        if (actor is null) return false;
        foreach (var alias in actor.Aliases)
        {
            if (alias == words) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="words"/> are worth a hover's room: more than a name, and more than one word (<c>he</c> is not).</summary>
    public static bool WorthAHover(string source, string speaker, string? joinedName, EquatableArray<ActorModel> actors) =>
        source.Trim().IndexOf(' ') > 0 && !OnlyNames(source, speaker, joinedName, actors);

    private static bool IsWordOf(string word, string name)
    {
        foreach (var w in name.Split(' '))
        {
            if (w == word) return true;
        }
        return false;
    }
}
