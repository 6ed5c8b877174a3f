using System.Runtime.CompilerServices;
using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Core.Scheduling.Replay;

/// <summary>
/// Replays a review log through the scheduler: reads <c>card_id,review_time,rating</c> rows (times ISO-8601 UTC,
/// ratings 1-4, in time order, cards interleaved; each card starts New at its first review) and produces
/// <c>card_id,review_time,rating,state,stability,difficulty,due</c> rows in the same order, with the state after
/// the review, stability and difficulty with 6 decimals and due as <c>YYYY-MM-DDTHH:MM:SS.mmmZ</c>.
/// card_id and review_time are echoed exactly as written. Blank lines are skipped. The first bad row stops the
/// replay with its line number, and then there is no output at all.
/// </summary>
public sealed class ReviewReplay(FsrsScheduler scheduler)
{
    public const string InputHeader = "card_id,review_time,rating";
    public const string OutputHeader = "card_id,review_time,rating,state,stability,difficulty,due";

    private const int MaximumQuotedText = 60;

    private static readonly byte[][] StateNames = ["New"u8.ToArray(), "Learning"u8.ToArray(), "Review"u8.ToArray(), "Relearning"u8.ToArray()];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReplayResult Run(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lines = new LineReader(input);
        if (!lines.TryRead(out var header))
        {
            return Fail(1, $"the file is empty; expected the header '{InputHeader}'");
        }

        if (header.Length > 0 && header[0] == '\uFEFF')
        {
            header = header[1..];
        }

        if (!header.SequenceEqual(InputHeader))
        {
            return Fail(1, $"expected the header '{InputHeader}', found '{Quote(header)}'");
        }

        var output = new Utf8OutputBuffer();
        output.Append(OutputHeader);
        output.Append((byte)'\n');
        var cards = new CardTable();
        var reviews = 0;
        while (lines.TryRead(out var line))
        {
            if (line.IsWhiteSpace())
            {
                continue;
            }

            var number = lines.LineNumber;
            ReadOnlySpan<char> cardText, timeText, ratingText, cardId;
            if (line.Contains('"'))
            {
                if (!QuotedFields.TrySplit(line, out var fields, out var problem))
                {
                    return Fail(number, problem);
                }

                if (fields.Count != 3)
                {
                    return Fail(number, FieldCountMessage(fields.Count));
                }

                cardText = fields[0].Raw;
                cardId = fields[0].Value;
                timeText = fields[1].Raw;
                ratingText = fields[2].Raw;
                var timeValue = fields[1].Value.AsSpan();
                var ratingValue = fields[2].Value.AsSpan();
                if (!TryReplayRow(number, cardText, cardId, timeText, timeValue, ratingValue, cards, output, out var error))
                {
                    return ReplayResult.Failure(error);
                }
            }
            else
            {
                var first = line.IndexOf(',');
                var second = first < 0 ? -1 : line[(first + 1)..].IndexOf(',');
                if (second < 0 || line[(first + second + 2)..].Contains(','))
                {
                    return Fail(number, FieldCountMessage(line.Count(',') + 1));
                }

                cardText = line[..first];
                timeText = line.Slice(first + 1, second);
                ratingText = line[(first + second + 2)..];
                if (!TryReplayRow(number, cardText, cardText, timeText, timeText, ratingText, cards, output, out var error))
                {
                    return ReplayResult.Failure(error);
                }
            }

            reviews++;
        }

        return ReplayResult.Success(output, reviews);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReplayRow(
        int number,
        ReadOnlySpan<char> cardText,
        ReadOnlySpan<char> cardId,
        ReadOnlySpan<char> timeText,
        ReadOnlySpan<char> timeValue,
        ReadOnlySpan<char> ratingValue,
        CardTable cards,
        Utf8OutputBuffer output,
        out ReplayError error)
    {
        error = null!;
        if (cardId.IsEmpty)
        {
            error = new ReplayError(number, "card_id is empty");
            return false;
        }

        if (!IsoUtcTime.TryParse(timeValue, out var time))
        {
            error = new ReplayError(number, $"review_time '{Quote(timeValue)}' is not an ISO-8601 UTC time like 2025-03-24T10:15:00Z");
            return false;
        }

        if (ratingValue.Length != 1 || ratingValue[0] is < '1' or > '4')
        {
            error = new ReplayError(number, $"rating '{Quote(ratingValue)}' is not 1-4 (1 Again, 2 Hard, 3 Good, 4 Easy)");
            return false;
        }

        ref var slot = ref cards.GetOrAdd(cardId, out var seen);
        if (seen && time < slot.Card.LastReviewTicks)
        {
            error = new ReplayError(
                number,
                $"review_time {Quote(timeValue)} is earlier than the review of card '{Quote(cardId)}' on line {slot.Line}; rows must be in time order");
            return false;
        }

        if (!seen)
        {
            slot.Card = CardMemory.New(time);
        }

        var rating = (Rating)(ratingValue[0] - '0');
        slot.Card = scheduler.Next(in slot.Card, time, rating);
        slot.Line = number;
        WriteRow(output, cardText, timeText, rating, in slot.Card);
        return true;
    }

    private static void WriteRow(Utf8OutputBuffer output, ReadOnlySpan<char> cardText, ReadOnlySpan<char> timeText, Rating rating, in CardMemory card)
    {
        output.Append(cardText);
        output.Append((byte)',');
        output.Append(timeText);
        var tail = output.Reserve(128);
        tail[0] = (byte)',';
        tail[1] = (byte)('0' + (int)rating);
        tail[2] = (byte)',';
        var at = 3;
        var state = StateNames[(int)card.State];
        state.CopyTo(tail[at..]);
        at += state.Length;
        tail[at++] = (byte)',';
        at += SixDecimals.Format(card.Stability, tail[at..]);
        tail[at++] = (byte)',';
        at += SixDecimals.Format(card.Difficulty, tail[at..]);
        tail[at++] = (byte)',';
        at += IsoUtcTime.Format(card.DueTicks, tail[at..]);
        tail[at++] = (byte)'\n';
        output.Advance(at);
    }

    private static string FieldCountMessage(int found) =>
        $"expected 3 fields (card_id,review_time,rating), found {found}";

    private static ReplayResult Fail(int line, string message) => ReplayResult.Failure(new ReplayError(line, message));

    private static string Quote(ReadOnlySpan<char> text)
    {
        var shown = text.Length > MaximumQuotedText ? string.Concat(text[..MaximumQuotedText], "...") : text.ToString();
        return TerminalText.Sanitize(shown);
    }
}
