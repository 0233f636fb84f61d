using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Extraction.Attribution;

/// <summary>
/// Whether an organization is a news outlet (<c>NBC</c>, <c>The Daily Courier</c>, <c>Reuters</c>): an outlet that
/// reports what someone said (<c>according to NBC</c>) is not who said it.
/// </summary>
internal static class NewsOutlets
{
    public static bool Is(Actor actor)
    {
        if (actor.Kind != ActorKind.Organization) return false;
        if (Names.Contains(actor.Name)) return true;
        var last = actor.LastName;
        return LastWords.Contains(last);
    }

    /// <summary>Last words of an outlet's name.</summary>
    private static readonly HashSet<string> LastWords = new(StringComparer.Ordinal)
    {
        "News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Daily", "Telegraph", "Guardian", "Independent",
        "Observer", "Chronicle", "Examiner", "Courier", "Radio", "Television", "TV", "Broadcasting", "Press", "Wire",
        "Magazine", "Review", "Today", "Standard", "Express", "Mirror", "Inquirer", "Register", "Dispatch", "Bulletin",
        "Sentinel", "Monitor", "Reporter", "Newspaper", "Network", "Channel", "Media",
    };

    /// <summary>Outlets whose name has none of those words.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "BBC", "CNN", "NBC", "CBS", "ABC", "MSNBC", "NPR", "PBS", "CNBC", "ITV", "Reuters", "Bloomberg", "AP", "AFP",
        "Associated Press", "Agence France-Presse", "Xinhua", "TASS", "Interfax", "Kyodo", "Yonhap", "Politico", "Axios",
        "Slate", "Vox", "HuffPost", "BuzzFeed", "Breitbart", "Newsweek", "Time", "Al Jazeera", "Al Arabiya", "Sputnik",
        "RT", "CGTN", "Euronews", "Deutsche Welle", "France 24", "Fox", "Vice", "Wired", "Forbes", "Fortune", "Variety",
        "Haaretz", "Le Monde", "Der Spiegel", "The Economist", "The Atlantic", "The New Yorker", "The Hill",
    };
}
