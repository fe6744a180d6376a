import { describeSentiment, sentimentTone } from "./describe-sentiment";

/** The customer's mood message by message as coloured dots, with the same said in words. */
export function SentimentTrend({ trend }: { trend: number[] }) {
  return (
    <div>
      {trend.length ? (
        <ol aria-hidden className="mb-1 flex items-end gap-1">
          {trend.map((score, index) => (
            <li key={index} title={score.toFixed(2)} className={`size-2.5 rounded-full ${sentimentTone(score)}`} />
          ))}
        </ol>
      ) : null}
      <p>{describeSentiment(trend)}</p>
    </div>
  );
}
