package org.sitrep.core.time;

/**
 * The rules that turn a matched time pattern into a value. Patterns (data, per language) name one
 * of these; the words they match (data too) feed it through named groups.
 */
public enum TimeOp {
  /** A calendar date, whole or in part: day, month, year, weekday groups. */
  DATE,
  /** A Solar Hijri date, whole or in part: day, shmonth, shyear (and weekday) groups. */
  SOLAR,
  /** A year ("en 2020"). */
  YEAR,
  /** A season ("l'automne", "last summer"): its months, from the {@code season} words. */
  SEASON,
  /** The present ("actuellement", "now"): printed with no value, precision unknown. */
  PRESENT,
  /** A decade ("les années 1980", "the 1980s"). */
  DECADE,
  /** A named day ("dimanche", "last Sunday", "lundi prochain"). */
  WEEKDAY,
  /** A day relative to the reference ("hier", "yesterday", "ce soir"). */
  RELDAY,
  /** A day relative to the previous time expression ("la veille", "the next day"). */
  PREVREL,
  /** A calendar week, month or year relative to the reference ("la semaine dernière"). */
  CALUNIT,
  /** Saturday and Sunday ("au cours du week-end"). */
  WEEKEND,
  /** The night from one day to the next ("dans la nuit de dimanche à lundi"). */
  NIGHT,
  /** A run of days of one month ("du 14 au 16 avril", "April 14-16"). */
  RANGE,
  /** N units before the reference ("il y a trois jours", "three days ago"). */
  AGO,
  /** N units after the reference ("dans trois jours", "in three days"). */
  IN,
  /** The last N units up to the reference ("over the past three days"). */
  PAST,
  /** N units after something: the next time expression, or else an event named after it. */
  AFTER,
  /** N units before something: the next time expression, or else an event named after it. */
  BEFORE,
  /** N units after the previous time expression ("trois jours plus tard"). */
  LATER,
  /** N units before the previous time expression ("two days earlier"). */
  EARLIER,
  /** A length of time ("pendant 20 ans"): no date. */
  DURATION,
  /** A repetition ("chaque lundi"): no date. */
  SET,
  /** A clock time ("à 13h40 GMT"): the day of its sentence, else of the narrative. */
  CLOCK,
  /** A part of the day ("dans la soirée", "at night"): the day of its sentence or narrative. */
  PARTOFDAY
}
