using System.Collections.Generic;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;

namespace Newsroom.Generator.Extraction.Actors;

/// <summary>A person, organization or place while the article is being read (mutable; becomes an <see cref="ActorModel"/>).</summary>
internal sealed class Actor
{
    public Actor(string name, ActorKind kind, int firstOffset)
    {
        Name = name;
        Kind = kind;
        FirstOffset = firstOffset;
        Parts = name.Split(' ');
    }

    public string Name { get; private set; }
    public ActorKind Kind { get; }
    public int FirstOffset { get; }
    public string[] Parts { get; private set; }
    public Gender Gender { get; set; }
    public int Mentions { get; set; }
    public List<string> Aliases { get; } = new();
    public string? Role { get; private set; }
    public int RoleRank { get; private set; } = int.MaxValue;

    public string LastName => Parts[Parts.Length - 1];

    public void Rename(string name)
    {
        if (name == Name) return;
        AddAlias(Name);
        Name = name;
        Parts = name.Split(' ');
        Aliases.Remove(name);
    }

    public void AddAlias(string alias)
    {
        if (alias != Name && alias.Length > 0 && !Aliases.Contains(alias)) Aliases.Add(alias);
    }

    /// <summary>Keeps the best role seen: a lower rank wins, the first one seen breaks ties.</summary>
    public void OfferRole(string? role, int rank)
    {
        if (string.IsNullOrWhiteSpace(role) || rank >= RoleRank) return;
        Role = role!.Trim();
        RoleRank = rank;
    }
}

/// <summary>A place in the text that names an actor (or a pronoun that stands for one, once resolved).</summary>
internal sealed class Mention
{
    public Mention(int start, int end, int paragraph, string surface, ActorKind kind)
    {
        Start = start;
        End = end;
        Paragraph = paragraph;
        Surface = surface;
        Kind = kind;
    }

    public int Start { get; }
    public int End { get; }
    public int Paragraph { get; }
    public string Surface { get; }
    public ActorKind Kind { get; }
    public Actor? Actor { get; set; }
    public bool Possessive { get; set; }
    public bool InQuote { get; set; }

    /// <summary>An organization named inside a person's title: not seen by attribution (<see cref="ActorFinder"/>'s runs).</summary>
    public bool Affiliation { get; set; }
}

/// <summary>Role ranks: where a role was read decides which one an actor keeps.</summary>
internal static class RoleRank
{
    public const int AppositiveAfter = 0;   // Anthony Blinken, the US secretary of state,
    public const int WhoIs = 1;             // Russell, who is now vice president of …
    public const int AppositiveBefore = 2;  // Singapore’s foreign minister, Vivian Balakrishnan
    public const int Premodifier = 3;       // Chinese Foreign Ministry spokesman Wang Wenbin
    public const int Title = 4;             // President Joe Biden
    public const int WhoWas = 5;            // who was the chief diplomat for …
}
