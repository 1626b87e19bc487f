-- The fortunes profile's table: TechEmpower's twelve rows (the <script> row 11 and the multi-byte row 12 included) and
-- 188 rows of our own, each with &, ', " and an em-dash so every cell goes through the escaping, some with two-, three-
-- and four-byte UTF-8 so the ordinal sort and the encoding meet them. 200 rows, as HttpArena seeds.
CREATE TABLE fortune (
    id      INTEGER PRIMARY KEY,
    message TEXT NOT NULL
);

INSERT INTO fortune (id, message) VALUES
    (1, 'fortune: No such file or directory'),
    (2, 'A computer scientist is someone who fixes things that aren''t broken.'),
    (3, 'After enough decimal places, nobody gives a damn.'),
    (4, 'A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1'),
    (5, 'A computer program does what you tell it to do, not what you want it to do.'),
    (6, 'Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen'),
    (7, 'Any program that runs right is obsolete.'),
    (8, 'A list is only as strong as its weakest link. — Donald Knuth'),
    (9, 'Feature: A bug with seniority.'),
    (10, 'Computers make very fast, very accurate mistakes.'),
    (11, '<script>alert("This should not be displayed in a browser alert box.");</script>'),
    (12, 'フレームワークのベンチマーク');

INSERT INTO fortune (id, message)
SELECT i, format('%s #%s: a penny saved & "measure twice, cut once" — it''s %s advice, they say',
                 (ARRAY['Bread & butter', 'Café au lait', 'Naïve code', 'Ünïcödé', 'Ελληνικά', '日本語のテスト', 'Emoji 🚀', 'Zebra'])[i % 8 + 1],
                 i,
                 (ARRAY['cheap', 'free', 'wise', 'late'])[i % 4 + 1])
FROM generate_series(13, 200) AS i;
