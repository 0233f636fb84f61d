// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>
    /// Quoted or reported words with who said them. A quote is a place in an article: two quotes are equal when they are
    /// in the same <see cref="Article"/> with the same <see cref="Span"/> and <see cref="Kind"/>, whoever they are
    /// attributed to, so <c>quote with { Speaker = … }</c> (a corrected attribution) is still that quote.
    /// Deconstructs to <c>(Text, Speaker)</c> or <c>(Text, Speaker, Verb)</c>.
    /// </summary>
#if NEWSROOM_RECORDS
    public sealed record Quote
#else
    public sealed class Quote : global::System.IEquatable<Quote>
#endif
    {
        internal Quote(Article article, int index, SourceSpan span, int paragraph, QuoteKind kind, Actor? speaker, string? verb, Actor? addressee, string? source)
        {
            Article = article;
            Index = index;
            Span = span;
            Paragraph = paragraph;
            Kind = kind;
            Speaker = speaker;
            Verb = verb;
            Addressee = addressee;
            Source = source;
        }

        /// <summary>The article the quote is in.</summary>
        public Article Article { get; }

        /// <summary>Position in <see cref="Article.Quotes"/>.</summary>
        public int Index { get; }

        /// <summary>The words inside the quotation marks; for an <see cref="QuoteKind.Indirect"/> quote, what is reported (without source and cue).</summary>
        public string Text => Article.Text.Substring(Span.Start, Span.Length);

        /// <summary>
        /// Who said it, when the article names them: a person, or an organization when a named body speaks (the
        /// same actor in every article). Null when the source is unnamed (see <see cref="Source"/>) or not found.
        /// </summary>
#if NEWSROOM_RECORDS
        public Actor? Speaker { get; init; }
#else
        public Actor? Speaker { get; }
#endif

        /// <summary>
        /// The words that name the source as the article gives them (<c>a police spokesperson</c>, <c>Jane Roe, a
        /// spokeswoman for NASA</c>, <c>he</c>), whether or not they name an actor: unnamed sources are here too, where
        /// <see cref="Speaker"/> is null. Null when the article attributes the quote to no one.
        /// </summary>
#if NEWSROOM_RECORDS
        public string? Source { get; init; }
#else
        public string? Source { get; }
#endif

        /// <summary>The reporting verb as written: <c>said</c>, <c>told</c>, <c>according to</c>.</summary>
#if NEWSROOM_RECORDS
        public string? Verb { get; init; }
#else
        public string? Verb { get; }
#endif

        /// <summary>Whom it was said to (<c>Xi told Gates</c>).</summary>
#if NEWSROOM_RECORDS
        public Actor? Addressee { get; init; }
#else
        public Actor? Addressee { get; }
#endif

        /// <summary>Direct speech, a partial quote, or indirect (reported) speech.</summary>
        public QuoteKind Kind { get; }

        /// <summary>Index into <see cref="Article.Paragraphs"/>.</summary>
        public int Paragraph { get; }

        /// <summary>Where the quoted words are in the article file.</summary>
        public SourceSpan Span { get; }

        /// <summary>The words and who said them: <c>var (text, speaker) = quote;</c>.</summary>
        public void Deconstruct(out string text, out Actor? speaker)
        {
            text = Text;
            speaker = Speaker;
        }

        /// <summary>The words, who said them and the reporting verb: <c>var (text, speaker, verb) = quote;</c>.</summary>
        public void Deconstruct(out string text, out Actor? speaker, out string? verb)
        {
            text = Text;
            speaker = Speaker;
            verb = Verb;
        }

        /// <summary>The same place in the same article: compares <see cref="Article"/>, <see cref="Span"/> and <see cref="Kind"/>.</summary>
        public bool Equals(Quote? other) => ReferenceEquals(this, other)
            || (!(other is null) && Kind == other.Kind && Span == other.Span && Article.Equals(other.Article));

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked((Article.GetHashCode() * 397) ^ (Span.Start * 4) ^ (int)Kind);

#if !NEWSROOM_RECORDS
        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as Quote);

        /// <summary>Compares two quotes as <see cref="Equals(Quote)"/> does.</summary>
        public static bool operator ==(Quote? left, Quote? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Compares two quotes as <see cref="Equals(Quote)"/> does.</summary>
        public static bool operator !=(Quote? left, Quote? right) => !(left == right);

        /// <summary>The data on one line: <c>Quote { Kind = Direct, Text = “…”, Speaker = …, Verb = said, Line = 11, Article = … }</c>.</summary>
        public override string ToString()
        {
            var builder = new global::System.Text.StringBuilder("Quote { ");
            PrintMembers(builder);
            return builder.Append(" }").ToString();
        }

#endif
        /// <summary>
        /// What <see cref="ToString"/> shows, one line whatever the text:
        /// <c>Quote { Kind = Direct, Text = “…”, Speaker = Anthony Blinken, Source = he, Verb = said, Line = 11, Article = 000_94ea7bb9e4850890.txt }</c>
        /// (the source and the addressee when there are; reported speech without quotation marks; names only, never the actors' quotes).
        /// </summary>
        private bool PrintMembers(global::System.Text.StringBuilder builder)
        {
            var text = Text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
            builder.Append("Kind = ").Append(Kind.ToString());
            builder.Append(", Text = ").Append(Kind == QuoteKind.Indirect ? text : "“" + text + "”");
            builder.Append(", Speaker = ").Append(Speaker?.Name);
            if (!(Source is null)) builder.Append(", Source = ").Append(Source.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' '));
            builder.Append(", Verb = ").Append(Verb);
            if (!(Addressee is null)) builder.Append(", Addressee = ").Append(Addressee.Name);
            builder.Append(", Line = ").Append(Span.Line.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            builder.Append(", Article = ").Append(Article.FileName);
            return true;
        }
    }
}
