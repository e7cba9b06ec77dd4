# newsbrief — English (the default: any key missing from another locale is taken from here).
# Texts are plain: the code escapes them and adds the markup (bold, links) around variables.
# Ids and times are passed as text, never as numbers (Fluent would group their digits).

## Shared
date-unknown = date unknown
admins-only = Only the chat’s admins can change its digest settings.
flood-notice = You are sending commands faster than I can answer. Please wait a minute and try again.
apology = Sorry, something went wrong on our side. Please try again in a minute.
unknown-button = This button is out of date. Send the command again.
unknown-command = I don't know that command. Send /help to see what I can do.
private-hint = Ask me a question about the news, or send /help to see what I can do, e.g. /latest or /who Lukashenko.
duration-hours-minutes = { $hours } h { $minutes } min
duration-minutes = { $minutes } min

## The command menu and /help (one per command: cmd-<name>)
cmd-start = What this bot does
cmd-help = List the commands
cmd-latest = The newest stories, e.g. /latest 10
cmd-who = Who is this person? e.g. /who Lukashenko
cmd-digest = Your digest as it would be now; /digest YYYY-MM-DD for the one this chat was sent that day
cmd-subscribe = Get the digest daily, e.g. /subscribe 07:30 Europe/Minsk
cmd-unsubscribe = Stop the daily digest
cmd-settings = Change the digest: time, time zone, topics, pause
cmd-sources = The feeds this chat’s digest draws on; /sources add <url>, /sources remove <n>
cmd-language = The bot’s language in this chat, e.g. /language ru
cmd-search = Find stories by words, e.g. /search Belavia sanctions
cmd-ask = Ask the articles a question, e.g. /ask Who is Lithuania's foreign minister?
help-title = Commands
help-admins = (admins, in groups)
help-try = Try

## /start
start-intro = newsbrief turns news articles into short briefings.
start-list =
    • /latest — the newest stories
    • /who Lukashenko — who someone is, by the stored articles
    • /digest — your digest as it would be now
    • /subscribe — get the digest every day
start-help = Send /help for every command.

## /latest
latest-usage = Usage: /latest [n], where n is a number from 1 to { $max }.
latest-empty = No stories stored yet. Articles appear here once they are ingested.
latest-title = Latest { $count } { $count ->
        [one] story
       *[other] stories
    }
latest-also = also: { $names }
latest-more = +{ $count } more

## /who
who-usage = Usage: /who <name>, e.g. /who Lukashenko
who-too-long = That name is too long (over { $max } characters).
who-also-written = Also written:
who-roles = Roles
who-latest = Latest
who-mentioned = Mentioned in { $count } { $count ->
        [one] article
       *[other] articles
    }.
who-appears-with = Appears with: { $names }.
who-not-found = I don't know anyone called { $name } in the stored articles.
who-did-you-mean = Did you mean: { $names }?

## /digest
digest-usage = Usage: /digest for what your next digest would hold now, or /digest YYYY-MM-DD for the digest this chat was sent that day.
digest-sent = Digest of { $day }, exactly as this chat was sent it:
digest-pending = Digest of { $day }, still being delivered to this chat:
digest-empty = Nothing was sent on { $day }: there was nothing new for this chat that day.
digest-skipped = The digest of { $day } was skipped: the bot was down past the catch-up window.
digest-undeliverable = The digest of { $day } could not be delivered to this chat.
digest-unarchived = The digest of { $day } was delivered to this chat, but no copy of it was kept (it was sent before digests were archived per chat).
digest-none = No digest was composed for this chat on { $day }: it wasn't subscribed then, or its digest wasn't due yet. /help names a day that has one.

## The digest's frame (briefings/render-strings.ts DigestStrings, built by src/i18n/digest-strings.ts)
digest-title = News digest
digest-window = { $since } – { $until } ({ $zone }) · { $stories ->
        [one] 1 story
       *[other] { $stories } stories
    }
digest-nothing-new = Nothing new since { $since } ({ $zone }).
digest-update = Update:{" "}
digest-more = +{ $count } more
digest-outlets = { $count ->
        [one] 1 outlet
       *[other] { $count } outlets
    }
digest-articles = { $count ->
        [one] { $latest }
       *[other] { $count } articles, latest { $latest }
    }
digest-follow-up = Follow-up: { $outlet }, { $when }
digest-more-outlets = and { $count } more { $count ->
        [one] outlet
       *[other] outlets
    }
digest-more-stories = More stories
digest-unknown-source = Unknown source
digest-disclaimer = Summaries are generated automatically from the sources above; verify important facts independently.

## /subscribe
subscribe-channel-from-private = To subscribe a channel, send /subscribe @channel to me in a private chat.
subscribe-where-channel = { $channel } is subscribed
subscribe-where-updated = Updated
subscribe-where-new = Subscribed
subscribe-daily = { $where }: the digest comes every day at { $time } ({ $zone }).
subscribe-next-due = The next one is due in { $wait }.
subscribe-manage-channel = Manage it here with /settings.
subscribe-manage = Change it with /settings, stop with /unsubscribe.

## /unsubscribe
unsubscribe-usage = Usage: /unsubscribe for this chat, or /unsubscribe @channel (in a private chat with me) for a channel you admin.
unsubscribe-channel-from-private = To unsubscribe a channel, send /unsubscribe @channel to me in a private chat.
unsubscribe-not-subscribed = Not subscribed. Send /subscribe to get the daily digest.
unsubscribe-done = Unsubscribed: no more daily digests. /subscribe brings them back with the same settings.

## Channels (subscribe, settings and unsubscribe by @channel)
channel-by-id = channel { $id }
channel-not-found = I can't find { $channel }. Check the name, add me to the channel as an admin, and try again.
channel-not-a-channel = { $channel } is not a channel. To subscribe a group, send /subscribe in the group itself.
channel-cannot-post = I can't post in { $channel }: make me an admin of the channel with the "Post messages" right.
channel-not-admin-subscribe = Only admins of { $channel } can subscribe it, and you are not one there.
channel-gone = I can't find { $channel }. Check the name and that I am still an admin there.
channel-no-subscription = { $channel } has no digest subscription. An admin of it can send /subscribe { $channel } here.
channel-not-admin-change = Only admins of { $channel } can change its digest, and you are not one there (any more).

## The bot joining a group
membership-intro = Hi! I post news briefings. An admin can send /subscribe [HH:MM] [time zone] (e.g. /subscribe 08:00 Europe/Berlin) to get the daily digest here. Anyone can ask /latest, /who <name> or /digest.
membership-welcome-back = Welcome back: the daily digest resumes at { $time } ({ $zone }).

## /sources
sources-usage = Usage: /sources to list this chat’s sources, /sources add <url> to add a feed (or a page that links one), /sources remove <n> to remove number n of the list; /sources @channel … in a private chat with me for a channel you admin.
sources-add-usage = Usage: /sources add <url>, a feed or a page that links one, e.g. /sources add https://example.org/feed.xml
sources-remove-usage = Usage: /sources remove <n>, where n is the source’s number in /sources, e.g. /sources remove 2
sources-from-private = To manage a channel’s sources, send /sources @channel to me in a private chat.
sources-admins-only = Only the chat’s admins can change its sources.
sources-channel-not-found = I can’t find { $channel }. Check the name, add me to the channel as an admin, and try again.
sources-not-a-channel = { $channel } is not a channel. For a group, send /sources in the group itself.
sources-not-admin = Only admins of { $channel } can manage its sources, and you are not one there.
sources-this-chat = this chat
sources-this-chat-start = This chat
sources-health-new = not fetched yet
sources-health-ok = ok
sources-health-failing = failing ×{ $count }: { $error }
sources-unknown-error = unknown error
sources-own-title = { $owner }’s sources
sources-own-count = ({ $count } of at most { $max }); its digest draws on these only:
sources-own-hint = Add one: { $command } add <url> · remove one: { $command } remove <n>
sources-pool-empty = { $owner } has no sources of its own, so its digest draws on the operator’s pool, which has no feeds yet (only the articles the operator puts in the inbox).
sources-pool = { $owner } has no sources of its own, so its digest draws on the operator’s pool of { $count } { $count ->
        [one] source
       *[other] sources
    } (and the articles the operator puts in the inbox): { $names }.
sources-pool-more = { " " }and { $count } more
sources-pool-add = Add its own with { $command } add <url> (a feed, or a page that links one); from then on it gets only its own.
sources-off-kept = This bot’s operator has turned off adding chat sources; { $target } keeps its { $count } ({ $command } lists them).
sources-off = This bot’s operator has turned off chat sources, so { $target }’s digest draws on the operator’s pool ({ $command } lists it).
sources-bad-url = Usage: /sources add <url>: { $problem }.
sources-too-many = { $owner } already has { $count } sources, the most a chat can have ({ $max }). Remove one first: { $command } remove <n>.
sources-exists-n = is already source { $n } of { $target }.
sources-exists = is already a source of { $target }.
sources-not-added = Not added: { $problem }
sources-its-feed = (its feed: { $feed })
sources-added = Added source { $n } of { $target }:
sources-added-items = The feed has { $count } { $count ->
        [one] item
       *[other] items
    } now; the next poll brings in its newest (up to { $first }).
sources-now-own = { $owner }’s digest now draws only on its own sources, no longer on the operator’s pool ({ $command } remove 1 goes back to it).
sources-none-to-remove = { $owner } has no sources of its own to remove; its digest draws on the operator’s pool.
sources-no-such = There is no source { $n }: { $target } has { $count } (1 to { $count }). { $command } lists them.
sources-removed = Removed source { $n }:
sources-back-to-pool = { $owner } has no sources of its own now, so its digest draws on the operator’s pool again ({ $count } { $count ->
        [one] source
       *[other] sources
    }).
sources-moved-up = The ones after it moved up one number; { $command } shows the list.

## /settings
settings-usage = Usage: /settings for this chat, or /settings @channel (in a private chat with me) for a channel you admin.
settings-channel-from-private = Manage this channel's digest from a private chat with me: send /settings there.
settings-title = Digest settings
settings-this-chat = This chat
settings-kind-channel = Channel
settings-kind-group = Group
settings-status = Status:
settings-status-active = active
settings-status-unsubscribed = unsubscribed
settings-paused-user = paused by hand
settings-paused-removed = paused: I was removed from the chat
settings-paused-blocked = paused: the bot is blocked
settings-paused-chat-not-found = paused: the chat was not found
settings-delivery = Delivery:
settings-include = Include:
settings-include-all = everything
settings-exclude = Exclude:
settings-exclude-none = nothing
settings-language = Language:
settings-btn-time = 🕗 Time { $time }
settings-btn-zone = 🌍 Time zone
settings-btn-include = ➕ Include topics
settings-btn-exclude = ➖ Exclude topics
settings-btn-clear = 🧹 Clear topics
settings-btn-language = 🌐 Language
settings-btn-pause = ⏸ Pause
settings-btn-resume = ▶️ Resume
settings-btn-subscribe-again = 🔔 Subscribe again
settings-btn-unsubscribe = 🚫 Unsubscribe
settings-btn-all-chats = « All chats
settings-btn-done = ✅ Done
settings-btn-other = Other…
settings-btn-back = « Back
settings-btn-more-zones = More zones…
settings-btn-cancel = Cancel
settings-btn-yes-unsubscribe = Yes, unsubscribe
settings-btn-subscribe = 🔔 Subscribe
settings-btn-subscribe-too = 🔔 Subscribe this chat too
settings-closed = Saved. Send /settings to change them again.
settings-time-question = When should the digest come ({ $zone })?
settings-zone-question = Which time zone is { $time } in?
settings-language-question = Which language should the bot use here? Stories stay in their own language.
settings-stories = Story languages:
settings-stories-all = all
settings-btn-stories = 🗞 Story languages: { $list }
settings-btn-stories-all = All languages
settings-stories-question = Send only stories in the languages ticked (tap one to turn it on or off). Stories whose language could not be detected always come.
settings-toast-stories = Story languages: { $list }
settings-toast-stories-all = Stories in every language.
settings-prompt-time = Send the delivery time as HH:MM, e.g. 07:45.
settings-prompt-timezone = Send the time zone as an IANA name, e.g. Europe/Minsk or America/New_York.
settings-prompt-include = Send the topics to include, separated by commas, e.g. belarus, sanctions. They replace the current list; only events mentioning one of them will be sent.
settings-prompt-exclude = Send the topics to exclude, separated by commas, e.g. football, weather. They replace the current list.
settings-or-cancel = Or send "cancel".
settings-confirm-unsubscribe = Stop the daily digest for { $chat }? The settings are kept, so you can subscribe again later.
settings-not-subscribed = Not subscribed yet — send /subscribe, or press the button to get the daily digest with the default settings.
settings-which = Which digest do you want to change?
settings-stale = This button is out of date. Send /settings again.
settings-gone = That digest no longer exists. Send /settings again.
settings-toast-not-subscribed = Not subscribed.
settings-toast-saved = Saved.
settings-toast-time = Delivery time: { $time }
settings-toast-zone = Time zone: { $zone }
settings-toast-no-topics = There are no topics to clear.
settings-toast-cleared = Topics cleared: everything is included.
settings-toast-not-active = It is not active, so there is nothing to pause.
settings-toast-paused = Paused.
settings-toast-resumed = Resumed.
settings-toast-subscribed-again = Subscribed again.
settings-toast-unsubscribed = Unsubscribed.
settings-toast-subscribed = Subscribed: daily at { $time }.
settings-no-longer = You can no longer change that digest. Send /settings to start again.
settings-cancelled = Cancelled: nothing changed.
settings-bad-time = { $text } is not a time of day: use HH:MM between 00:00 and 23:59.
settings-bad-zone = I don't know the time zone "{ $text }". Use an IANA name like Europe/Minsk.
settings-saved-time = Saved: the digest comes at { $time }.
settings-saved-zone = Saved: times are now in { $zone }.
settings-saved-include = Saved: only events about { $list }.
settings-saved-exclude = Saved: events about { $list } are left out.
settings-topics-none = Send at least one topic, e.g. belarus, sanctions. To remove them all, use Clear topics.
settings-topics-length = Each topic must be { $min }–{ $max } characters long; check "{ $shown }".
settings-topics-too-many = That is { $count } topics; the limit is { $max }. Keep the ones that matter most.

## /language
language-current = The bot speaks { $language } in this chat.
language-how-chosen-chosen = It was chosen for this chat with /language.
language-how-chosen-telegram = It follows your Telegram app’s language; pick another below or send /language <code>.
language-how-chosen-default = English is the default; pick another below or send /language <code>.
language-choices = Languages: { $choices }. Stories stay in the language they were written in.
language-set = Done: the bot now speaks English here.
language-bad-code = I don't speak "{ $code }": choose one of { $choices }.
language-admins-only = Only the chat’s admins can change its language.
language-unavailable = The language can't be changed on this bot yet.
language-stale = This button is out of date. Send /language again.

## /ask and /search
ask-dont-know = I don't know from the articles I have.
ask-usage = Usage: /ask <question>, e.g. /ask Who is Lithuania's foreign minister?
ask-too-long = That question is too long (over { $max } characters). Please ask it in fewer words.
search-usage = Usage: /search <words>, e.g. /search Belavia sanctions
search-too-long = Those are too many words to search for. Please use fewer.
search-none = No stories match “{ $words }”.
search-title = Stories matching “{ $words }”
search-read = read

## /subscribe
subscribe-usage = Usage: /subscribe [HH:MM or 7am] [time zone], e.g. /subscribe 07:30 Europe/Minsk; for a channel: /subscribe @channel 07:30
subscribe-one-channel = Name one channel at a time.
subscribe-bad-time = { $word } is not a time of day: use 00:00–23:59 or a 12-hour time such as 7am or 7:30pm.
subscribe-bad-zone = I don't know the time zone "{ $word }". Use an IANA name such as Europe/Minsk or UTC.
