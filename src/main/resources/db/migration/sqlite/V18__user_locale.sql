-- The language the user last used on the hosted pages (a BCP 47 tag such as de): their mails are
-- written in it. NULL: never signed in through a page since this version (the default language).
ALTER TABLE users ADD COLUMN locale VARCHAR(35);
