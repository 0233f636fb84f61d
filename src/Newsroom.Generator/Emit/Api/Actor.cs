// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>
    /// A person, organization or place, one for the same name across all articles (and one for a person whatever name
    /// an article gives them, when it can only be that person: <c>Trump</c> alone, <c>Volodymyr Zelenskyy</c>). Two actors are equal when they have
    /// the same <see cref="Kind"/> and <see cref="Name"/> (so <c>actor with { Role = … }</c> is still that actor);
    /// equality never compares quotes or articles. Its quotes and articles are found on first use, loading only the
    /// articles that name it. Deconstructs to <c>(Name, Kind)</c>.
    /// </summary>
#if NEWSROOM_RECORDS
    public sealed record Actor
#else
    public sealed class Actor : global::System.IEquatable<Actor>
#endif
    {
        private readonly int _generation = __HotReload.Generation;
        private readonly int[] _articles;
        private Quote[]? _quotes;
        private Article[]? _articleList;

        internal Actor(string name, ActorKind kind, string? role, string[] aliases, string memberName, int mentions, int[] articles)
        {
            Name = name;
            Kind = kind;
            Role = role;
            Aliases = aliases;
            MemberName = memberName;
            Mentions = mentions;
            _articles = articles;
        }

        /// <summary>The full canonical name.</summary>
        public string Name { get; }

        /// <summary>Person, organization or place.</summary>
        public ActorKind Kind { get; }

        /// <summary>
        /// Their role (<c>US secretary of state</c>): the one most of the articles that name them give (a tie: the first
        /// such article in path order). <see cref="Article.RoleOf"/> gives the role as each article gives it.
        /// </summary>
#if NEWSROOM_RECORDS
        public string? Role { get; init; }
#else
        public string? Role { get; }
#endif

        /// <summary>
        /// Other names the articles use (<c>Blinken</c>, <c>US</c>), among them the names of other articles joined into
        /// this one actor: a surname alone (<c>Trump</c>) or another spelling (<c>Volodymyr Zelensky</c>).
        /// </summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Aliases { get; }

        /// <summary>The name of this actor's member under <see cref="Actors"/>.</summary>
        public string MemberName { get; }

        /// <summary>How many times the articles name this actor (full name, surname or other alias), all articles together.</summary>
        public int Mentions { get; }

        /// <summary>Everything this actor is quoted saying, in article order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Quote> Quotes
        {
            get
            {
                // An actor kept from before a hot reload answers as the same actor does now.
                if (_generation != __HotReload.Generation) return global::Newsroom.Actors.__Resolve(Kind, Name).Quotes;
                if (_quotes is null)
                {
                    var quotes = new global::System.Collections.Generic.List<Quote>();
                    foreach (var article in Articles)
                    {
                        foreach (var quote in article.Quotes)
                        {
                            if (Equals(quote.Speaker)) quotes.Add(quote);
                        }
                    }
                    _quotes = quotes.ToArray();
                }
                return _quotes;
            }
        }

        /// <summary>The articles that name this actor, in article order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Article> Articles
        {
            get
            {
                if (_generation != __HotReload.Generation) return global::Newsroom.Actors.__Resolve(Kind, Name).Articles;
                if (_articleList is null)
                {
                    var list = new Article[_articles.Length];
                    for (var i = 0; i < list.Length; i++) list[i] = global::Newsroom.Articles.All[_articles[i]];
                    _articleList = list;
                }
                return _articleList;
            }
        }

        /// <summary>The name and kind: <c>var (name, kind) = actor;</c>.</summary>
        public void Deconstruct(out string name, out ActorKind kind)
        {
            name = Name;
            kind = Kind;
        }

        /// <summary>The same actor: compares <see cref="Kind"/> and <see cref="Name"/>.</summary>
        public bool Equals(Actor? other) => ReferenceEquals(this, other)
            || (!(other is null) && Kind == other.Kind && Name == other.Name);

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked((global::System.StringComparer.Ordinal.GetHashCode(Name) * 3) + (int)Kind);

#if !NEWSROOM_RECORDS
        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as Actor);

        /// <summary>Compares two actors as <see cref="Equals(Actor)"/> does.</summary>
        public static bool operator ==(Actor? left, Actor? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Compares two actors as <see cref="Equals(Actor)"/> does.</summary>
        public static bool operator !=(Actor? left, Actor? right) => !(left == right);

        /// <summary>The data on one line: <c>Actor { Name = …, Kind = Person, Role = …, Aliases = […], Mentions = 12 }</c>.</summary>
        public override string ToString()
        {
            var builder = new global::System.Text.StringBuilder("Actor { ");
            PrintMembers(builder);
            return builder.Append(" }").ToString();
        }

#endif
        /// <summary>What <see cref="ToString"/> shows: <c>Actor { Name = Anthony Blinken, Kind = Person, Role = US secretary of state, Aliases = [Blinken], Mentions = 12 }</c>.</summary>
        private bool PrintMembers(global::System.Text.StringBuilder builder)
        {
            builder.Append("Name = ").Append(Name);
            builder.Append(", Kind = ").Append(Kind.ToString());
            builder.Append(", Role = ").Append(Role);
            builder.Append(", Aliases = [").Append(string.Join(", ", Aliases)).Append(']');
            builder.Append(", Mentions = ").Append(Mentions.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }
    }
}
