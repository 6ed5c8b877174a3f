namespace PolicyQuiz.Core.Scheduling;

/// <summary>
/// The FSRS-6 memory model for one set of parameters: initial stability and difficulty, the forgetting
/// curve, the stability after recall, after a lapse and after a same-day review, and the next difficulty
/// (linear damping, then mean reversion towards the initial difficulty of Easy). Weights are clipped to the
/// ranges the reference allows. Intermediate values are rounded to 8 decimals where the reference rounds.
/// </summary>
internal sealed class FsrsFormulas
{
    public const double MinimumStability = 0.001;
    public const double MaximumStability = 36500.0;

    private readonly double[] _w;
    private readonly double _decay;
    private readonly double _factor;
    private readonly double _easyInitialDifficulty;
    private readonly double _expW8;

    public FsrsFormulas(FsrsParameters parameters)
    {
        _w = ClippedWeights(parameters);
        EnableShortTerm = parameters.EnableShortTerm;
        _decay = -_w[20];
        _factor = JsMath.RoundTo8(Math.Exp(Math.Pow(_decay, -1) * Math.Log(0.9)) - 1.0);
        IntervalModifier = JsMath.RoundTo8((Math.Pow(parameters.DesiredRetention, 1 / _decay) - 1) / _factor);
        _easyInitialDifficulty = InitialDifficulty(Rating.Easy);
        _expW8 = Math.Exp(_w[8]);
    }

    public bool EnableShortTerm { get; }

    /// <summary>Days per day of stability that keep retrievability at the desired retention.</summary>
    public double IntervalModifier { get; }

    public IReadOnlyList<double> Weights => _w;

    /// <summary>S0(G) = w[G-1], at least 0.1.</summary>
    public double InitialStability(Rating rating) => Math.Max(_w[(int)rating - 1], 0.1);

    /// <summary>D0(G) = w4 - e^((G-1) w5) + 1 (not clamped here: mean reversion uses D0(Easy) as it is).</summary>
    public double InitialDifficulty(Rating rating) => JsMath.RoundTo8(_w[4] - Math.Exp(((int)rating - 1) * _w[5]) + 1);

    /// <summary>R(t, S) = (1 + factor t / S)^decay, t in days.</summary>
    public double Retrievability(double elapsedDays, double stability) =>
        JsMath.RoundTo8(Math.Pow(1 + (_factor * elapsedDays / stability), _decay));

    public double NextDifficulty(double difficulty, Rating rating)
    {
        var delta = -_w[6] * ((int)rating - 3);
        var damped = difficulty + JsMath.RoundTo8(delta * (10 - difficulty) / 9);
        var reverted = JsMath.RoundTo8((_w[7] * _easyInitialDifficulty) + ((1 - _w[7]) * damped));
        return JsMath.Clamp(reverted, 1, 10);
    }

    /// <summary>Stability after a successful recall (Hard, Good, Easy) at retrievability r.</summary>
    public double RecallStability(double difficulty, double stability, double retrievability, Rating rating)
    {
        var hardPenalty = rating == Rating.Hard ? _w[15] : 1;
        var easyBonus = rating == Rating.Easy ? _w[16] : 1;
        var growth = _expW8 * (11 - difficulty) * Math.Pow(stability, -_w[9])
            * (Math.Exp((1 - retrievability) * _w[10]) - 1) * hardPenalty * easyBonus;
        return JsMath.RoundTo8(JsMath.Clamp(stability * (1 + growth), MinimumStability, MaximumStability));
    }

    /// <summary>Stability after a lapse (Again on another day), never above S / e^(w17 w18).</summary>
    public double LapseStability(double difficulty, double stability, double retrievability)
    {
        var forgotten = JsMath.RoundTo8(JsMath.Clamp(
            _w[11] * Math.Pow(difficulty, -_w[12]) * (Math.Pow(stability + 1, _w[13]) - 1) * Math.Exp((1 - retrievability) * _w[14]),
            MinimumStability,
            MaximumStability));
        var shortTermProduct = EnableShortTerm ? _w[17] * _w[18] : 0;
        var ceiling = JsMath.RoundTo8(stability / Math.Exp(shortTermProduct));
        return JsMath.Clamp(ceiling, MinimumStability, forgotten);
    }

    /// <summary>Stability after a review on the same day as the last one: S e^(w17 (G - 3 + w18)) S^-w19, never lower for Hard+.</summary>
    public double SameDayStability(double stability, Rating rating)
    {
        var increase = Math.Pow(stability, -_w[19]) * Math.Exp(_w[17] * ((int)rating - 3 + _w[18]));
        if (rating >= Rating.Hard)
        {
            increase = Math.Max(increase, 1.0);
        }

        return JsMath.RoundTo8(JsMath.Clamp(stability * increase, MinimumStability, MaximumStability));
    }

    /// <summary>
    /// The memory state after a review <paramref name="elapsedDays"/> calendar days after the last one.
    /// A card with difficulty and stability both 0 gets the initial state. <paramref name="retrievability"/>
    /// is computed from the forgetting curve when not given.
    /// </summary>
    public (double Difficulty, double Stability) NextState(double difficulty, double stability, int elapsedDays, Rating rating, double? retrievability = null)
    {
        if (difficulty == 0 && stability == 0)
        {
            return (JsMath.Clamp(InitialDifficulty(rating), 1, 10), InitialStability(rating));
        }

        if (difficulty < 1 || stability < MinimumStability || double.IsNaN(difficulty) || double.IsNaN(stability))
        {
            throw new ArgumentException($"Invalid memory state (difficulty {difficulty}, stability {stability}).", nameof(difficulty));
        }

        double next;
        if (elapsedDays == 0 && EnableShortTerm)
        {
            next = SameDayStability(stability, rating);
        }
        else if (rating == Rating.Again)
        {
            next = LapseStability(difficulty, stability, retrievability ?? Retrievability(elapsedDays, stability));
        }
        else
        {
            next = RecallStability(difficulty, stability, retrievability ?? Retrievability(elapsedDays, stability), rating);
        }

        return (NextDifficulty(difficulty, rating), next);
    }

    private static double[] ClippedWeights(FsrsParameters parameters)
    {
        var weights = parameters.Weights;
        if (weights.Count != 21)
        {
            throw new ArgumentException($"FSRS-6 needs 21 weights, got {weights.Count}.", nameof(parameters));
        }

        ReadOnlySpan<(double Low, double High)> ranges =
        [
            (0.001, 100), (0.001, 100), (0.001, 100), (0.001, 100), (1, 10), (0.001, 4), (0.001, 4), (0.001, 0.75),
            (0, 4.5), (0, 0.8), (0.001, 3.5), (0.001, 5), (0.001, 0.25), (0.001, 0.9), (0, 4), (0, 1), (1, 6),
            (0, 2), (0, 2), (parameters.EnableShortTerm ? 0.01 : 0, 0.8), (0.1, 0.8),
        ];
        var clipped = new double[21];
        for (var i = 0; i < 21; i++)
        {
            if (!double.IsFinite(weights[i]))
            {
                throw new ArgumentException($"Weight w{i} is not a finite number.", nameof(parameters));
            }

            clipped[i] = JsMath.Clamp(weights[i], ranges[i].Low, ranges[i].High);
        }

        var relearningSteps = parameters.RelearningSteps.Count;
        if (relearningSteps > 1)
        {
            // With several relearning steps the same-day growth w17 * w18 per step must not undo a lapse.
            var bound = -(Math.Log(clipped[11]) + Math.Log(Math.Pow(2.0, clipped[13]) - 1.0) + (clipped[14] * 0.3)) / relearningSteps;
            var ceiling = JsMath.Clamp(JsMath.RoundTo8(Math.Sqrt(Math.Max(bound, 0))), 0.01, 2.0);
            clipped[17] = JsMath.Clamp(weights[17], 0, ceiling);
            clipped[18] = JsMath.Clamp(weights[18], 0, ceiling);
        }

        return clipped;
    }
}
