namespace PolicyQuiz.Core.Scheduling;

/// <summary>
/// Johannes Baagøe's Alea generator with its Mash string hash, in JavaScript double arithmetic:
/// the generator the reference seeds its interval fuzz with, so the same seed text gives the same fuzz.
/// </summary>
internal sealed class AleaRandom
{
    private const double TwoToMinus32 = 2.3283064365386963e-10;

    private double _s0;
    private double _s1;
    private double _s2;
    private double _carry = 1;

    public AleaRandom(string seed)
    {
        var mash = new Mash();
        _s0 = mash.Hash(" ");
        _s1 = mash.Hash(" ");
        _s2 = mash.Hash(" ");
        _s0 = Wrap(_s0 - mash.Hash(seed));
        _s1 = Wrap(_s1 - mash.Hash(seed));
        _s2 = Wrap(_s2 - mash.Hash(seed));
    }

    /// <summary>The next number in [0, 1).</summary>
    public double Next()
    {
        var t = (2091639 * _s0) + (_carry * TwoToMinus32);
        _s0 = _s1;
        _s1 = _s2;
        _carry = Math.Truncate(t);
        _s2 = t - _carry;
        return _s2;
    }

    private static double Wrap(double value) => value < 0 ? value + 1 : value;

    /// <summary>JavaScript's ToUint32 (what `x &gt;&gt;&gt; 0` does).</summary>
    private static double ToUint32(double value)
    {
        if (!double.IsFinite(value))
        {
            return 0;
        }

        var remainder = Math.Truncate(value) % 4294967296.0;
        return remainder < 0 ? remainder + 4294967296.0 : remainder;
    }

    private sealed class Mash
    {
        private double _n = 0xefc8249d;

        public double Hash(string data)
        {
            foreach (var ch in data)
            {
                _n += ch;
                var h = 0.02519603282416938 * _n;
                _n = ToUint32(h);
                h -= _n;
                h *= _n;
                _n = ToUint32(h);
                h -= _n;
                _n += h * 4294967296.0;
            }

            return ToUint32(_n) * TwoToMinus32;
        }
    }
}
