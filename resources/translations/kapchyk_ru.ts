<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AddressBookTab</name>
    <message>
        <source>Address book</source>
        <translation>Адресная книга</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation>Отправить…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>A watch-only account can receive and show balances, not send</source>
        <translation>Счёт только для просмотра может получать деньги и показывать баланс, но не отправлять</translation>
    </message>
    <message>
        <source>This account has no address on that network</source>
        <translation>У этого счёта нет адреса в этой сети</translation>
    </message>
    <message>
        <source>{field}: {error}</source>
        <translation>{field}: {error}</translation>
    </message>
</context>
<context>
    <name>BalancesView</name>
    <message>
        <source>som</source>
        <translation>сом</translation>
    </message>
    <message>
        <source>≈ {money} ({coin})</source>
        <translation>≈ {money} ({coin})</translation>
    </message>
    <message>
        <source>burns nothing: the {energy} energy and {bandwidth} bandwidth it needs are covered by this account&apos;s free resources</source>
        <translation>ничего не сжигает: нужные {energy} энергии и {bandwidth} пропускной способности покрываются бесплатными ресурсами этого счёта</translation>
    </message>
    <message>
        <source>burns {fee}: it needs {energy} energy and {bandwidth} bandwidth, more than this account has free today, so the network takes TRX for the rest</source>
        <translation>сжигает {fee}: нужно {energy} энергии и {bandwidth} пропускной способности — больше, чем у этого счёта бесплатно сегодня, поэтому за остальное сеть берёт TRX</translation>
    </message>
    <message>
        <source>; and {fee} to activate the recipient&apos;s new account</source>
        <translation>; и {fee} за активацию нового счёта получателя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>1 {symbol} = {price} (its peg; no network needed)</source>
        <translation>1 {symbol} = {price} (привязка; сеть не нужна)</translation>
    </message>
    <message>
        <source>1 {symbol} = {price} ({source}, {age})</source>
        <translation>1 {symbol} = {price} ({source}, {age})</translation>
    </message>
    <message>
        <source>National Bank of the Kyrgyz Republic</source>
        <translation>Национальный банк Кыргызской Республики</translation>
    </message>
    <message>
        <source>peg</source>
        <translation>привязка</translation>
    </message>
    <message>
        <source>Total ≈ {amount}</source>
        <translation>Всего ≈ {amount}</translation>
    </message>
    <message>
        <source>prices and rates updated {age}</source>
        <translation>цены и курсы обновлены {age}</translation>
    </message>
    <message>
        <source>no price known yet for {symbols}</source>
        <translation>цена пока неизвестна: {symbols}</translation>
    </message>
    <message>
        <source>no exchange rate known yet: shown at their peg</source>
        <translation>курс пока неизвестен: показано по привязке</translation>
    </message>
    <message>
        <source>{symbol} trades at {price}, more than 2% off its peg</source>
        <translation>{symbol} торгуется по {price}, более чем на 2% от привязки</translation>
    </message>
    <message>
        <source>token</source>
        <translation>токен</translation>
    </message>
    <message>
        <source>{network} {owner}: free today: {tokens} {token} transfer(s), {trx} TRX transfer(s)</source>
        <translation>{network} {owner}: бесплатно сегодня: переводов {token} — {tokens}, переводов TRX — {trx}</translation>
    </message>
    <message>
        <source>{owner}: {energy} energy and {bandwidth} bandwidth left ({age}). A token transfer uses about 64,285 energy and 345 bandwidth, a TRX transfer about 268 bandwidth; without them the network burns TRX instead.</source>
        <translation>{owner}: осталось энергии {energy} и пропускной способности {bandwidth} ({age}). Перевод токена расходует около 64 285 энергии и 345 пропускной способности, перевод TRX — около 268 пропускной способности; без них сеть сжигает TRX.</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <source>Check my setup</source>
        <translation>Проверить настройку</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Checking the keyring, the data folder and every node…</source>
        <translation>Проверяем хранилище ключей, папку данных и каждый узел…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>ПРОБЛЕМА</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>внимание</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} мс</translation>
    </message>
    <message>
        <source>{ms} ms, block {block}</source>
        <translation>{ms} мс, блок {block}</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>что сделать:</translation>
    </message>
    <message>
        <source>Something here would stop a send: fix the PROBLEM lines first.</source>
        <translation>Что-то здесь помешает отправке: сначала исправьте строки с пометкой ПРОБЛЕМА.</translation>
    </message>
    <message>
        <source>Nothing here would stop a send.</source>
        <translation>Ничто здесь не помешает отправке.</translation>
    </message>
</context>
<context>
    <name>EnergyPage</name>
    <message>
        <source>Stake TRX for energy</source>
        <extracomment>a choice of the action box → (service action, resource)</extracomment>
        <translation>Застейкать TRX ради энергии</translation>
    </message>
    <message>
        <source>Stake TRX for bandwidth</source>
        <translation>Застейкать TRX ради пропускной способности</translation>
    </message>
    <message>
        <source>Unstake (TRX back after the wait)</source>
        <translation>Вывести из стейкинга (TRX вернутся после ожидания)</translation>
    </message>
    <message>
        <source>Withdraw unstaked TRX</source>
        <translation>Забрать выведенные TRX</translation>
    </message>
    <message>
        <source>Cancel waiting unstakes</source>
        <translation>Отменить ожидающие выводы</translation>
    </message>
    <message>
        <source>Lend energy to another account</source>
        <translation>Одолжить энергию другому счёту</translation>
    </message>
    <message>
        <source>Take lent energy back</source>
        <translation>Вернуть одолженную энергию</translation>
    </message>
    <message>
        <source>Tron energy — {label}</source>
        <translation>Энергия Tron — {label}</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Сеть:</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>Amount (TRX):</source>
        <translation>Сумма (TRX):</translation>
    </message>
    <message>
        <source>Receiving account:</source>
        <translation>Получающий счёт:</translation>
    </message>
    <message>
        <source>T… address or contact name</source>
        <translation>адрес T… или имя контакта</translation>
    </message>
    <message>
        <source>Lock for (days):</source>
        <translation>Закрепить на (дней):</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>не закреплено</translation>
    </message>
    <message>
        <source>A locked loan is one your family can count on: you cannot take it back before the days are over.</source>
        <translation>На закреплённую энергию ваша семья может рассчитывать: вы не сможете вернуть её, пока не пройдут эти дни.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This network mode has no Tron network</source>
        <translation>В этом режиме сети нет сети Tron</translation>
    </message>
    <message>
        <source>Reading the account from the network…</source>
        <translation>Читаем счёт из сети…</translation>
    </message>
    <message>
        <source>Energy left today: {left} of {limit}. One staked TRX gives about {per} energy a day; used energy comes back over 24 hours.</source>
        <translation>Энергии осталось на сегодня: {left} из {limit}. Один застейканный TRX даёт около {per} энергии в день; потраченная энергия восстанавливается за 24 часа.</translation>
    </message>
    <message>
        <source>Bandwidth left today: {left} of {limit} bytes from staked TRX (used first), {free_left} of {free} bytes free; past both, each byte burns TRX.</source>
        <translation>Пропускной способности на сегодня: {left} из {limit} байт от застейканных TRX (тратится первой), {free_left} из {free} байт бесплатно; сверх этого каждый байт сжигает TRX.</translation>
    </message>
    <message>
        <source>Hold some USDKG to see what a transfer costs in energy.</source>
        <translation>Держите немного USDKG, чтобы увидеть, сколько энергии стоит перевод.</translation>
    </message>
    <message>
        <source>One {symbol} transfer takes {energy} energy and burns {burn} TRX without it. Stake about {stake} TRX → one {symbol} transfer a day without burning TRX.</source>
        <translation>Один перевод {symbol} расходует {energy} энергии, а без неё сжигает {burn} TRX. Застейкайте около {stake} TRX → один перевод {symbol} в день без сжигания TRX.</translation>
    </message>
    <message>
        <source>(Estimated for a recipient who never held {symbol}; a transfer to a regular payee takes less.)</source>
        <translation>(Оценка для получателя, у которого никогда не было {symbol}; перевод постоянному получателю расходует меньше.)</translation>
    </message>
    <message>
        <source>That is {more} TRX more than you have staked.</source>
        <translation>Это на {more} TRX больше, чем у вас застейкано.</translation>
    </message>
    <message>
        <source>Your stake already covers it.</source>
        <translation>Вашего стейка уже хватает.</translation>
    </message>
    <message>
        <source>Available: {balance} TRX. Staked for energy: {energy} TRX, for bandwidth: {bandwidth} TRX. Energy lent to you: {received} TRX.</source>
        <translation>Доступно: {balance} TRX. Застейкано ради энергии: {energy} TRX, ради пропускной способности: {bandwidth} TRX. Вам одолжена энергия {received} TRX.</translation>
    </message>
    <message>
        <source>Lending the energy of {trx} TRX to {address}</source>
        <translation>Энергия {trx} TRX одолжена {address}</translation>
    </message>
    <message>
        <source>({locked} TRX locked: you cannot take it back before {date})</source>
        <translation>({locked} TRX закреплено: вернуть раньше {date} нельзя)</translation>
    </message>
    <message>
        <source>You can lend up to {trx} TRX now.</source>
        <translation>Сейчас можно одолжить до {trx} TRX.</translation>
    </message>
    <message>
        <source>Unstaked {trx} TRX: ready to withdraw</source>
        <translation>Выведено {trx} TRX: можно забрать</translation>
    </message>
    <message>
        <source>Unstaking {trx} TRX: withdrawable from {date}</source>
        <translation>Вывод {trx} TRX: можно забрать с {date}</translation>
    </message>
    <message>
        <source>No unstakes waiting.</source>
        <translation>Ожидающих выводов нет.</translation>
    </message>
    <message>
        <source>Checking with the network…</source>
        <translation>Проверяем в сети…</translation>
    </message>
    <message>
        <source>Stake {trx} TRX for energy.</source>
        <translation>Застейкать {trx} TRX ради энергии.</translation>
    </message>
    <message>
        <source>Stake {trx} TRX for bandwidth.</source>
        <translation>Застейкать {trx} TRX ради пропускной способности.</translation>
    </message>
    <message>
        <source>Unstake {trx} TRX.</source>
        <translation>Вывести из стейкинга {trx} TRX.</translation>
    </message>
    <message>
        <source>Withdraw {trx} unstaked TRX.</source>
        <translation>Забрать {trx} выведенных TRX.</translation>
    </message>
    <message>
        <source>Cancel every waiting unstake; the TRX is staked again.</source>
        <translation>Отменить все ожидающие выводы; TRX снова будут в стейкинге.</translation>
    </message>
    <message>
        <source>Lend the energy of {trx} staked TRX to {receiver}.</source>
        <translation>Одолжить энергию {trx} застейканных TRX счёту {receiver}.</translation>
    </message>
    <message>
        <source>Take back the energy of {trx} TRX from {receiver}.</source>
        <translation>Вернуть энергию {trx} TRX от {receiver}.</translation>
    </message>
    <message>
        <source>Network fee: bandwidth {bytes} bytes, burns at most {fee} TRX.</source>
        <translation>Комиссия сети: пропускная способность {bytes} байт, сожжёт не больше {fee} TRX.</translation>
    </message>
    <message>
        <source>The TRX can be withdrawn from {date}.</source>
        <translation>TRX можно будет забрать с {date}.</translation>
    </message>
    <message>
        <source>Locked for {days} days: your family can count on it for {days} days; you cannot take it back before {date}.</source>
        <translation>Закреплено на {days} дн.: ваша семья может рассчитывать на эту энергию {days} дн.; вернуть её раньше {date} нельзя.</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Подписываем и отправляем…</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Не выполнено: {reason}</translation>
    </message>
    <message>
        <source>Sent: transaction {txid} ({status})</source>
        <translation>Отправлено: транзакция {txid} ({status})</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Входящие и исходящие</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Show tiny incoming transfers (often spam)</source>
        <translation>Показывать крошечные входящие переводы (часто спам)</translation>
    </message>
    <message>
        <source>Check for new transfers</source>
        <translation>Проверить новые переводы</translation>
    </message>
    <message>
        <source>Open in explorer</source>
        <translation>Открыть в обозревателе</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждена</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ещё не отправлена</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не прошла</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отброшена сетью</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Заменена</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>От кого / кому</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>To yourself</source>
        <translation>Себе</translation>
    </message>
    <message>
        <source>block {block}</source>
        <translation>блок {block}</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Все токены</translation>
    </message>
    <message>
        <source>No transfers yet. Check for new transfers to look on the network.</source>
        <translation>Переводов пока нет. Нажмите «Проверить новые переводы», чтобы поискать их в сети.</translation>
    </message>
    <message>
        <source>Looking for new transfers…</source>
        <translation>Ищем новые переводы…</translation>
    </message>
    <message>
        <source>Could not reach {networks}; showing the stored history</source>
        <translation>Нет связи с: {networks}; показана сохранённая история</translation>
    </message>
    <message>
        <source>New transfers found: {n}</source>
        <translation>Найдено новых переводов: {n}</translation>
    </message>
    <message>
        <source>{network}: this endpoint has no TronGrid v1 API, so only recent blocks were searched. Older transfers need a TronGrid-style endpoint (Settings → Networks).</source>
        <translation>{network}: у этого узла нет API TronGrid v1, поэтому просмотрены только последние блоки. Для более старых переводов нужен узел с API как у TronGrid (Настройки → Сети).</translation>
    </message>
    <message>
        <source>{network}: only this wallet&apos;s own sends are shown. For the full history get a free API key at https://etherscan.io/myapikey and save it in Settings → Networks.</source>
        <translation>{network}: показаны только отправки из этого кошелька. Для полной истории получите бесплатный API-ключ на https://etherscan.io/myapikey и сохраните его в Настройки → Сети.</translation>
    </message>
    <message>
        <source>Rows saved to {path}: {n}</source>
        <translation>Строк сохранено в {path}: {n}</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Экспорт истории</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Received {amount} {symbol}</source>
        <extracomment>a PollResult whose balances changed (the window shows the cache again)</extracomment>
        <translation>Получено {amount} {symbol}</translation>
    </message>
    <message>
        <source>from {sender} on {network}</source>
        <translation>от {sender} в сети {network}</translation>
    </message>
    <message>
        <source>on {network}</source>
        <translation>в сети {network}</translation>
    </message>
</context>
<context>
    <name>LockIndicator</name>
    <message>
        <source>Locked</source>
        <extracomment>emitted on the GUI thread whenever the wallets lock (idle, &quot;Lock now&quot;, or a service call that found them idle) and when one unlocks; ``on_lock`` follows ``locked``</extracomment>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Разблокирован</translation>
    </message>
    <message>
        <source>Sending asks for the wallet&apos;s password</source>
        <translation>Для отправки нужен пароль кошелька</translation>
    </message>
    <message>
        <source>A wallet is unlocked; it locks itself when you are away</source>
        <translation>Кошелёк разблокирован; он заблокируется сам, пока вас нет</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Kapchyk is locked</source>
        <translation>Kapchyk заблокирован</translation>
    </message>
    <message>
        <source>Balances and addresses are hidden. Unlock with a wallet&apos;s password.</source>
        <translation>Балансы и адреса скрыты. Разблокируйте паролем кошелька.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Разблокировать…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kapchyk</source>
        <extracomment>emitted once, just after the window&apos;s first paint (start-up work waits for it)</extracomment>
        <translation>Капчык</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Проверить настройку</translation>
    </message>
    <message>
        <source>{mode} mode: these coins have no value</source>
        <translation>Режим {mode}: эти монеты ничего не стоят</translation>
    </message>
    <message>
        <source>Tron energy</source>
        <translation>Энергия Tron</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Счёт:</translation>
    </message>
    <message>
        <source>&amp;Add wallet…</source>
        <translation>&amp;Добавить кошелёк…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Получить</translation>
    </message>
    <message>
        <source>&amp;Get test funds</source>
        <translation>&amp;Тестовые средства</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Балансы</translation>
    </message>
    <message>
        <source>A watch-only account can receive and show balances, not send</source>
        <translation>Счёт только для просмотра может получать деньги и показывать баланс, но не отправлять</translation>
    </message>
    <message>
        <source> (watch-only)</source>
        <translation> (только просмотр)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} мин назад</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} ч назад</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} дн. назад</translation>
    </message>
    <message>
        <source>Refreshing balances…</source>
        <translation>Обновляем балансы…</translation>
    </message>
    <message>
        <source>A balance on {networks} jumped far from the last one and no second node confirms it; the last confirmed balance is shown</source>
        <translation>Баланс в сети {networks} резко изменился, и второй узел этого не подтверждает; показан последний подтверждённый баланс</translation>
    </message>
    <message>
        <source>Could not reach {networks}; showing the last known balances</source>
        <translation>Нет связи с: {networks}; показаны последние известные балансы</translation>
    </message>
    <message>
        <source>Balances are up to date</source>
        <translation>Балансы обновлены</translation>
    </message>
    <message>
        <source>This account has no Tron address</source>
        <translation>У этого счёта нет адреса Tron</translation>
    </message>
    <message>
        <source>The devnet is not running</source>
        <translation>Локальная тестовая сеть (devnet) не запущена</translation>
    </message>
    <message>
        <source>Asking the devnet for test funds…</source>
        <translation>Запрашиваем тестовые монеты в локальной сети…</translation>
    </message>
    <message>
        <source>Starting the local devnet…</source>
        <extracomment>at exit, how long to wait for background jobs (a refresh, a devnet still starting)</extracomment>
        <translation>Запускаем локальную тестовую сеть…</translation>
    </message>
    <message>
        <source>Using the devnet already running at {url}: it was started outside this window and keeps running when you quit</source>
        <translation>Используется уже запущенный devnet по адресу {url}: он запущен не этим окном и продолжит работать после выхода</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>The OS keyring cannot keep keys on this computer, so a new or restored wallet cannot be saved yet: {reason} (Watching an address works without it; Help → Check my setup says more.)</source>
        <extracomment>pages whose forward button is &quot;Next&quot;; the others that submit say &quot;Finish&quot;</extracomment>
        <translation>Хранилище ключей ОС не может хранить ключи на этом компьютере, поэтому новый или восстановленный кошелёк пока не сохранить: {reason} (Слежение за адресом работает и без него; подробнее — Справка → Проверить настройку.)</translation>
    </message>
    <message>
        <source>Add a wallet</source>
        <translation>Добавить кошелёк</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Kapchyk keeps your keys on this computer, encrypted with a password. What would you like to do?</source>
        <translation>Kapchyk хранит ваши ключи на этом компьютере в зашифрованном паролем виде. Что вы хотите сделать?</translation>
    </message>
    <message>
        <source>Create a new wallet</source>
        <translation>Создать новый кошелёк</translation>
    </message>
    <message>
        <source>Restore a wallet from its recovery phrase</source>
        <translation>Восстановить кошелёк по фразе восстановления</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Импортировать закрытый ключ</translation>
    </message>
    <message>
        <source>Import a keystore file (JSON)</source>
        <translation>Импортировать файл keystore (JSON)</translation>
    </message>
    <message>
        <source>Watch an address (no key: balances only)</source>
        <translation>Следить за адресом (без ключа: только балансы)</translation>
    </message>
    <message>
        <source>This is your recovery phrase. Write the words on paper, in this order, and keep it somewhere safe. Anyone who has these words can take your money; whoever asks you for them is a thief. Kapchyk will never ask for them.</source>
        <translation>Это ваша фраза восстановления. Запишите слова на бумаге в этом порядке и храните её в надёжном месте. Любой, у кого есть эти слова, может забрать ваши деньги; тот, кто просит их у вас, — вор. Kapchyk никогда их не попросит.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copied. Any program on this computer can read the clipboard: paste the words only into a password manager you trust. Paper is safer.</source>
        <translation>Скопировано. Любая программа на этом компьютере может прочитать буфер обмена: вставляйте слова только в менеджер паролей, которому доверяете. Бумага надёжнее.</translation>
    </message>
    <message>
        <source>I wrote the words down, in order</source>
        <translation>Я записал(а) слова по порядку</translation>
    </message>
    <message>
        <source>To check your copy, type these words of your recovery phrase from what you wrote down.</source>
        <translation>Чтобы проверить запись, введите эти слова фразы восстановления по тому, что вы записали.</translation>
    </message>
    <message>
        <source>Type your recovery phrase (12 to 24 words), separated by spaces.</source>
        <translation>Введите фразу восстановления (от 12 до 24 слов) через пробел.</translation>
    </message>
    <message>
        <source>This phrase has a passphrase (BIP-39)</source>
        <translation>У этой фразы есть дополнительный пароль (BIP-39)</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>дополнительный пароль</translation>
    </message>
    <message>
        <source>Paste the private key: 64 hex digits. It becomes a wallet with one account on the chain you choose.</source>
        <translation>Вставьте закрытый ключ: 64 шестнадцатеричные цифры. Из него получится кошелёк с одним счётом в выбранной сети.</translation>
    </message>
    <message>
        <source>Choose an Ethereum keystore file (UTC--…json) and type the password it was saved with. Opening it takes a few seconds.</source>
        <translation>Выберите файл keystore Ethereum (UTC--…json) и введите пароль, с которым он был сохранён. Открытие займёт несколько секунд.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>A watch-only wallet shows the balances and history of an address. It holds no key and cannot send.</source>
        <translation>Кошелёк только для просмотра показывает балансы и историю адреса. В нём нет ключа, и отправлять он не может.</translation>
    </message>
    <message>
        <source>Give the wallet a name and a password of at least 8 characters. The password protects the keys on this computer; you will type it to send.</source>
        <translation>Дайте кошельку имя и пароль не короче 8 символов. Пароль защищает ключи на этом компьютере; вы будете вводить его при отправке.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Закрытый ключ</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Файл keystore</translation>
    </message>
    <message>
        <source>File password</source>
        <translation>Пароль файла</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Wallet name</source>
        <translation>Имя кошелька</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>BNB Chain, Ethereum (0x… address)</source>
        <translation>BNB Chain, Ethereum (адрес 0x…)</translation>
    </message>
    <message>
        <source>Tron (T… address)</source>
        <translation>Tron (адрес T…)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Your recovery phrase</source>
        <translation>Ваша фраза восстановления</translation>
    </message>
    <message>
        <source>Check your recovery phrase</source>
        <translation>Проверьте фразу восстановления</translation>
    </message>
    <message>
        <source>Restore from a recovery phrase</source>
        <translation>Восстановление по фразе восстановления</translation>
    </message>
    <message>
        <source>Import a keystore file</source>
        <translation>Импорт файла keystore</translation>
    </message>
    <message>
        <source>Watch an address</source>
        <translation>Просмотр адреса</translation>
    </message>
    <message>
        <source>Name and password</source>
        <translation>Имя и пароль</translation>
    </message>
    <message>
        <source>Word {n}</source>
        <translation>Слово {n}</translation>
    </message>
    <message>
        <source>Its first addresses: {evm} (BNB Chain, Ethereum) and {tron} (Tron)</source>
        <translation>Его первые адреса: {evm} (BNB Chain, Ethereum) и {tron} (Tron)</translation>
    </message>
    <message>
        <source>Its first address: {address}</source>
        <translation>Его первый адрес: {address}</translation>
    </message>
    <message>
        <source>Opening the keystore file…</source>
        <translation>Открываем файл keystore…</translation>
    </message>
    <message>
        <source>Creating the wallet and encrypting its keys…</source>
        <translation>Создаём кошелёк и шифруем его ключи…</translation>
    </message>
    <message>
        <source>Wallet {n}</source>
        <translation>Кошелёк {n}</translation>
    </message>
    <message>
        <source>Watch {n}</source>
        <translation>Просмотр {n}</translation>
    </message>
    <message>
        <source>Choose a keystore file</source>
        <translation>Выберите файл keystore</translation>
    </message>
    <message>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation>Файлы keystore (*.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <extracomment>how long &quot;Password accepted&quot; stays visible before the dialog closes and the action runs</extracomment>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Enter the password of the wallet “{wallet}”</source>
        <translation>Введите пароль кошелька «{wallet}»</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Type the password first</source>
        <translation>Сначала введите пароль</translation>
    </message>
    <message>
        <source>Password accepted</source>
        <translation>Пароль принят</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Проверяем пароль…</translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <source>Pending</source>
        <translation>Ожидающие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Прошло</translation>
    </message>
    <message>
        <source>Speed up</source>
        <translation>Ускорить</translation>
    </message>
    <message>
        <source>Cancel transaction</source>
        <translation>Отменить транзакцию</translation>
    </message>
    <message>
        <source>Signed, not sent yet</source>
        <translation>Подписана, ещё не отправлена</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждена</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не прошла</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отброшена сетью</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Заменена</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>Ускорение</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stake for energy</source>
        <translation>Стейкинг ради энергии</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Вывод из стейкинга</translation>
    </message>
    <message>
        <source>Withdraw unstaked TRX</source>
        <translation>Забрать выведенные TRX</translation>
    </message>
    <message>
        <source>Cancel unstakes</source>
        <translation>Отмена выводов</translation>
    </message>
    <message>
        <source>Lend energy</source>
        <translation>Энергия в долг</translation>
    </message>
    <message>
        <source>Take back energy</source>
        <translation>Возврат энергии</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ч</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} дн.</translation>
    </message>
    <message>
        <source>Could not reach {networks}; will try again</source>
        <translation>Нет связи с: {networks}; попробуем ещё раз</translation>
    </message>
    <message>
        <source>Choose a pending transaction first</source>
        <translation>Сначала выберите ожидающую транзакцию</translation>
    </message>
    <message>
        <source>A watch-only account cannot sign, so it cannot replace a transaction</source>
        <translation>Счёт только для просмотра не может подписывать, поэтому не может заменить транзакцию</translation>
    </message>
    <message>
        <source>Tron transactions cannot be sped up or cancelled; they confirm or expire within about a minute</source>
        <translation>Транзакции Tron нельзя ускорить или отменить: примерно за минуту они подтверждаются или истекают</translation>
    </message>
    <message>
        <source>Only a pending transaction can be sped up or cancelled</source>
        <translation>Ускорить или отменить можно только ожидающую транзакцию</translation>
    </message>
    <message>
        <source>Working out the new fee…</source>
        <translation>Рассчитываем новую комиссию…</translation>
    </message>
    <message>
        <source>The replacement failed: {reason}</source>
        <translation>Замена не прошла: {reason}</translation>
    </message>
    <message>
        <source>Replacement sent: {txid}</source>
        <translation>Замена отправлена: {txid}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <extracomment>the QR code is always shown this big (in pixels), whatever the length of what it holds a saved PNG: this many pixels per module</extracomment>
        <translation>Получить</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Put the amount in the QR code too (only Kapchyk reads it; TronLink and most Tron wallets read just the address)</source>
        <translation>Добавить сумму в QR-код (её читает только Kapchyk; TronLink и большинство кошельков Tron читают только адрес)</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Копировать адрес</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Сохранить как &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Send {symbol} to {address} on {network}</source>
        <translation>Отправьте {symbol} на {address} в сети {network}</translation>
    </message>
    <message>
        <source>Pay {amount} {symbol} to {address} on {network}</source>
        <translation>Оплатите {amount} {symbol} на {address} в сети {network}</translation>
    </message>
    <message>
        <source>(for: {label})</source>
        <translation>(за: {label})</translation>
    </message>
    <message>
        <source>Send only {network} coins and tokens to this address, over {network}. Coins sent over another network do not arrive here and may be lost.</source>
        <translation>Отправляйте на этот адрес только монеты и токены сети {network} и только через {network}. Монеты, отправленные через другую сеть, сюда не придут и могут быть потеряны.</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Сохранить QR-код</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Не удалось записать {path}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>optional, e.g. an order number</source>
        <translation>необязательно, например номер заказа</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Cancel transaction</source>
        <translation>Отменить транзакцию</translation>
    </message>
    <message>
        <source>A zero-value transfer to yourself with the same nonce and a higher fee replaces {txid}. If it is mined first, the original transfer never happens.</source>
        <translation>Транзакцию {txid} заменит перевод нулевой суммы самому себе с тем же nonce и более высокой комиссией. Если он попадёт в блок первым, исходный перевод не состоится.</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Отменить перевод</translation>
    </message>
    <message>
        <source>Speed up transaction</source>
        <translation>Ускорить транзакцию</translation>
    </message>
    <message>
        <source>The same transfer is sent again with the same nonce and a higher fee; it replaces {txid}.</source>
        <translation>Тот же перевод отправляется снова с тем же nonce и более высокой комиссией; он заменит {txid}.</translation>
    </message>
    <message>
        <source>Speed up</source>
        <translation>Ускорить</translation>
    </message>
    <message>
        <source>New network fee: at most {fee} {symbol}</source>
        <translation>Новая комиссия сети: не больше {fee} {symbol}</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Подождать</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Подписываем и отправляем…</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Payment requests</source>
        <extracomment>expiry choices in seconds (None: never); the texts are set in retranslate()</extracomment>
        <translation>Запросы на оплату</translation>
    </message>
    <message>
        <source>Ask for a payment</source>
        <translation>Запросить оплату</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>optional, e.g. an order number</source>
        <translation>необязательно, например номер заказа</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 минут</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Создать запрос</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Expires / paid</source>
        <translation>Истекает / оплачен</translation>
    </message>
    <message>
        <source>Paid by / transaction</source>
        <translation>Кто оплатил / транзакция</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Отменить запрос</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Paid by {txid}</source>
        <translation>Оплачен транзакцией {txid}</translation>
    </message>
    <message>
        <source>{field}: {error}</source>
        <translation>{field}: {error}</translation>
    </message>
    <message>
        <source>Creating the request…</source>
        <translation>Создаём запрос…</translation>
    </message>
    <message>
        <source>Request #{id} ({label}): {amount} {symbol} received</source>
        <translation>Запрос №{id} ({label}): получено {amount} {symbol}</translation>
    </message>
    <message>
        <source>Request #{id}: {amount} {symbol} received</source>
        <translation>Запрос №{id}: получено {amount} {symbol}</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Оплата получена</translation>
    </message>
    <message>
        <source>Requests paid just now: {n}</source>
        <translation>Только что оплачено запросов: {n}</translation>
    </message>
    <message>
        <source>Requests saved to {path}: {n}</source>
        <translation>Запросов сохранено в {path}: {n}</translation>
    </message>
    <message>
        <source>Request #{id} is paid</source>
        <translation>Запрос №{id} оплачен</translation>
    </message>
    <message>
        <source>Export payment requests</source>
        <translation>Экспорт запросов на оплату</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>address, contact name or payment link (ethereum:… / tron:…)</source>
        <translation>адрес, имя контакта или платёжная ссылка (ethereum:… / tron:…)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Медленно</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычно</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Быстро</translation>
    </message>
    <message>
        <source>{speed}: {fee}</source>
        <translation>{speed}: {fee}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Check everything before you send</source>
        <translation>Проверьте всё перед отправкой</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Recipient gets</source>
        <translation>Получатель получит</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Комиссия сети</translation>
    </message>
    <message>
        <source>Tron resources</source>
        <translation>Ресурсы Tron</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Копировать &amp;адрес</translation>
    </message>
    <message>
        <source>Copy &amp;transaction ID</source>
        <translation>Копировать ID &amp;транзакции</translation>
    </message>
    <message>
        <source>Open in &amp;explorer</source>
        <translation>Открыть в &amp;обозревателе</translation>
    </message>
    <message>
        <source>Save to address &amp;book</source>
        <translation>Сохранить в адресную &amp;книгу</translation>
    </message>
    <message>
        <source>Name for this address</source>
        <translation>Имя для этого адреса</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Available: {amount} {symbol}</source>
        <translation>Доступно: {amount} {symbol}</translation>
    </message>
    <message>
        <source>Contact: {label}</source>
        <translation>Контакт: {label}</translation>
    </message>
    <message>
        <source>Payment link: “{label}”</source>
        <translation>Платёжная ссылка: «{label}»</translation>
    </message>
    <message>
        <source>Valid {network} address</source>
        <translation>Правильный адрес сети {network}</translation>
    </message>
    <message>
        <source>This is this account&apos;s own address: the coins come back to you, less the fee</source>
        <translation>Это собственный адрес этого счёта: монеты вернутся к вам за вычетом комиссии</translation>
    </message>
    <message>
        <source>More than the {balance} {symbol} this account had at the last refresh</source>
        <translation>Больше, чем {balance} {symbol} на этом счёте при последнем обновлении</translation>
    </message>
    <message>
        <source>Working out the most you can send…</source>
        <translation>Считаем, сколько можно отправить…</translation>
    </message>
    <message>
        <source>Checking the transfer and the network fee…</source>
        <translation>Проверяем перевод и комиссию сети…</translation>
    </message>
    <message>
        <source>Marked characters differ from an address you know.</source>
        <translation>Отмеченные символы отличаются от знакомого вам адреса.</translation>
    </message>
    <message>
        <source>{amount} {symbol} (the issuer keeps a fee)</source>
        <translation>{amount} {symbol} (эмитент удерживает комиссию)</translation>
    </message>
    <message>
        <source>{expected}; at most {max}</source>
        <translation>{expected}; не более {max}</translation>
    </message>
    <message>
        <source>{fee} paid</source>
        <translation>оплачено {fee}</translation>
    </message>
    <message>
        <source>at most {max}</source>
        <translation>не более {max}</translation>
    </message>
    <message>
        <source>paid with your energy: 0 TRX burned</source>
        <translation>оплачено вашей энергией: сожжено 0 TRX</translation>
    </message>
    <message>
        <source>{amount} {symbol} + up to {fee} {native}</source>
        <translation>{amount} {symbol} + до {fee} {native}</translation>
    </message>
    <message>
        <source>Tick every warning above to confirm you have read it</source>
        <translation>Отметьте каждое предупреждение выше, чтобы подтвердить, что вы его прочитали</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Подписываем и отправляем…</translation>
    </message>
    <message>
        <source>Transaction: {txid}</source>
        <translation>Транзакция: {txid}</translation>
    </message>
    <message>
        <source>Confirmed in block {block}</source>
        <translation>Подтверждено в блоке {block}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Не удалось: {reason}</translation>
    </message>
    <message>
        <source>Dropped by the network: nothing was sent</source>
        <translation>Сеть отбросила транзакцию: ничего не отправлено</translation>
    </message>
    <message>
        <source>Replaced by another transaction</source>
        <translation>Заменена другой транзакцией</translation>
    </message>
    <message>
        <source>Signed and saved; not broadcast yet: {reason}</source>
        <translation>Подписано и сохранено; в сеть ещё не отправлено: {reason}</translation>
    </message>
    <message>
        <source>Sent; waiting for confirmation…</source>
        <translation>Отправлено; ждём подтверждения…</translation>
    </message>
    <message>
        <source>Copied: {text}</source>
        <translation>Скопировано: {text}</translation>
    </message>
    <message>
        <source>Saved to the address book as “{name}”</source>
        <translation>Сохранено в адресной книге как «{name}»</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>endpoints, API keys or tokens changed: balances should be shown again</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Проверить настройку</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Network mode:</source>
        <translation>Режим сети:</translation>
    </message>
    <message>
        <source>Mainnet (real money)</source>
        <translation>Mainnet (настоящие деньги)</translation>
    </message>
    <message>
        <source>Testnet (test coins without value)</source>
        <translation>Testnet (тестовые монеты без ценности)</translation>
    </message>
    <message>
        <source>Devnet (local chains on this computer)</source>
        <translation>Devnet (локальные сети на этом компьютере)</translation>
    </message>
    <message>
        <source>Show values in:</source>
        <translation>Показывать стоимость в:</translation>
    </message>
    <message>
        <source>Kyrgyz som (KGS)</source>
        <translation>Кыргызский сом (KGS)</translation>
    </message>
    <message>
        <source>US dollar (USD)</source>
        <translation>Доллар США (USD)</translation>
    </message>
    <message>
        <source>Russian ruble (RUB)</source>
        <translation>Российский рубль (RUB)</translation>
    </message>
    <message>
        <source>Kazakh tenge (KZT)</source>
        <translation>Казахстанский тенге (KZT)</translation>
    </message>
    <message>
        <source>Euro (EUR)</source>
        <translation>Евро (EUR)</translation>
    </message>
    <message>
        <source>Chinese yuan (CNY)</source>
        <translation>Китайский юань (CNY)</translation>
    </message>
    <message>
        <source>Each mode keeps its own wallets, contacts and history. Changing the mode reopens the wallet in that mode.</source>
        <translation>В каждом режиме свои кошельки, контакты и история. При смене режима кошелёк откроется заново в этом режиме.</translation>
    </message>
    <message>
        <source>Lock after idle minutes:</source>
        <translation>Блокировать после минут бездействия:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>With no key press or mouse use for this long, unlocked wallets lock and the next send asks for the password again. 0 means never.</source>
        <translation>Если столько времени не нажимать клавиши и не пользоваться мышью, разблокированные кошельки заблокируются, и при следующей отправке снова понадобится пароль. 0 — никогда.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Сеть:</translation>
    </message>
    <message>
        <source>https://… address of another node</source>
        <translation>https://… адрес другого узла</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>TronGrid API key (kept in the OS keyring, never in a file):</source>
        <translation>API-ключ TronGrid (хранится в хранилище ключей системы, никогда в файле):</translation>
    </message>
    <message>
        <source>paste a new key</source>
        <translation>вставьте новый ключ</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Сохранить ключ</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Удалить ключ</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Контракт</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Знаков после запятой</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Показан</translation>
    </message>
    <message>
        <source>token contract address</source>
        <translation>адрес контракта токена</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>Добавить токен</translation>
    </message>
    <message>
        <source>  (added by you)</source>
        <translation>  (добавлен вами)</translation>
    </message>
    <message>
        <source>Added {url}</source>
        <translation>Добавлен {url}</translation>
    </message>
    <message>
        <source>Removed {url}</source>
        <translation>Удалён {url}</translation>
    </message>
    <message>
        <source>Asking {url}…</source>
        <translation>Запрашиваем {url}…</translation>
    </message>
    <message>
        <source>{url} does not work: {error}</source>
        <translation>{url} не работает: {error}</translation>
    </message>
    <message>
        <source>{url} works: chain id {chain_id}, block {block}, {ms} ms</source>
        <translation>{url} работает: chain id {chain_id}, блок {block}, {ms} мс</translation>
    </message>
    <message>
        <source>{url} works: the right chain, block {block}, {ms} ms</source>
        <translation>{url} работает: нужная сеть, блок {block}, {ms} мс</translation>
    </message>
    <message>
        <source>Etherscan API key, for the transfer history (kept in the OS keyring, never in a file):</source>
        <translation>API-ключ Etherscan для истории переводов (хранится в хранилище ключей системы, никогда в файле):</translation>
    </message>
    <message>
        <source>A key is saved for this network.</source>
        <translation>Для этой сети сохранён ключ.</translation>
    </message>
    <message>
        <source>No key saved: public nodes answer, but limit requests without one.</source>
        <translation>Ключ не сохранён: публичные узлы отвечают, но без ключа ограничивают число запросов.</translation>
    </message>
    <message>
        <source>No key saved: the history shows only this wallet&apos;s own sends. A free key: https://etherscan.io/myapikey</source>
        <translation>Ключ не сохранён: в истории видны только отправки из этого кошелька. Бесплатный ключ: https://etherscan.io/myapikey</translation>
    </message>
    <message>
        <source>Saving the key in the OS keyring…</source>
        <translation>Сохраняем ключ в хранилище ключей системы…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыт</translation>
    </message>
    <message>
        <source>Show in balances</source>
        <translation>Показывать в балансах</translation>
    </message>
    <message>
        <source>Hide from balances</source>
        <translation>Скрыть из балансов</translation>
    </message>
    <message>
        <source>{symbol} is shown in balances</source>
        <translation>{symbol} показывается в балансах</translation>
    </message>
    <message>
        <source>{symbol} is hidden from balances</source>
        <translation>{symbol} скрыт из балансов</translation>
    </message>
    <message>
        <source>Reading the token from the network…</source>
        <translation>Читаем данные токена из сети…</translation>
    </message>
    <message>
        <source>Added {symbol} ({name}, {decimals} decimals)</source>
        <translation>Добавлен {symbol} ({name}, знаков после запятой: {decimals})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source> ({n} serve(s) another chain)</source>
        <translation> (узлов другой сети: {n})</translation>
    </message>
    <message>
        <source>--password-fd {fd} is not an open file descriptor</source>
        <translation>--password-fd {fd} не является открытым файловым дескриптором</translation>
    </message>
    <message>
        <source>Tron transactions cannot be sped up or cancelled; an unconfirmed one expires by itself</source>
        <translation>транзакции Tron нельзя ускорить или отменить; неподтверждённая транзакция истекает сама</translation>
    </message>
    <message>
        <source>a key of wallet {wallet} is missing from the OS keyring; restore the wallet from its recovery phrase or key</source>
        <translation>ключа кошелька {wallet} нет в хранилище ключей системы; восстановите кошелёк по фразе восстановления или ключу</translation>
    </message>
    <message>
        <source>a keyring entry of wallet {wallet} has been altered and was not used; remove the wallet and restore it from its recovery phrase or key</source>
        <translation>запись кошелька {wallet} в хранилище ключей была изменена и не использовалась; удалите кошелёк и восстановите его по фразе восстановления или ключу</translation>
    </message>
    <message>
        <source>a keyring entry of wallet {wallet} is damaged; restore the wallet from its recovery phrase or key</source>
        <translation>запись кошелька {wallet} в хранилище ключей повреждена; восстановите кошелёк по фразе восстановления или ключу</translation>
    </message>
    <message>
        <source>a new recovery phrase has 12 or 24 words, not {n}</source>
        <translation>новая фраза восстановления состоит из 12 или 24 слов, а не из {n}</translation>
    </message>
    <message>
        <source>a past payee</source>
        <translation>адрес, на который вы уже платили</translation>
    </message>
    <message>
        <source>a private key is 64 hex digits (optionally starting with 0x); this is {n} characters</source>
        <translation>закрытый ключ — это 64 шестнадцатеричные цифры (можно с 0x в начале); здесь {n} символов</translation>
    </message>
    <message>
        <source>a recovery phrase has 12, 15, 18, 21 or 24 words; this one has {n}</source>
        <translation>фраза восстановления состоит из 12, 15, 18, 21 или 24 слов; в этой {n}</translation>
    </message>
    <message>
        <source>a token payment link must not also send the native coin (value=)</source>
        <translation>платёжная ссылка на токен не может одновременно отправлять основную монету сети (value=)</translation>
    </message>
    <message>
        <source>a watch-only address starts with 0x (BNB Chain, Ethereum) or T (Tron)</source>
        <translation>адрес для просмотра начинается с 0x (BNB Chain, Ethereum) или с T (Tron)</translation>
    </message>
    <message>
        <source>a {network} address has 34 characters; this one has {n}</source>
        <translation>адрес сети {network} состоит из 34 символов; в этом {n}</translation>
    </message>
    <message>
        <source>a {network} address has 40 hex digits after 0x; this one has {n}</source>
        <translation>в адресе сети {network} после 0x идут 40 шестнадцатеричных цифр; в этом {n}</translation>
    </message>
    <message>
        <source>a {network} address starts with 0x; this one starts with {first!r}</source>
        <translation>адрес сети {network} начинается с 0x; этот начинается с {first!r}</translation>
    </message>
    <message>
        <source>a {network} address starts with T; this one starts with {first!r}</source>
        <translation>адрес сети {network} начинается с T; этот начинается с {first!r}</translation>
    </message>
    <message>
        <source>account {label} has no {chain} address</source>
        <translation>у счёта {label} нет адреса {chain}</translation>
    </message>
    <message>
        <source>account {label} has no {network} address</source>
        <translation>у счёта {label} нет адреса в сети {network}</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>amount in the URI</source>
        <translation>сумма в ссылке</translation>
    </message>
    <message>
        <source>amount in the payment link</source>
        <translation>сумма в платёжной ссылке</translation>
    </message>
    <message>
        <source>amount={value!r} in the payment link is not a plain decimal number like 12.5</source>
        <translation>amount={value!r} в платёжной ссылке — не простое десятичное число вроде 12.5</translation>
    </message>
    <message>
        <source>an API key is one word of up to 200 characters</source>
        <translation>API-ключ — это одно слово длиной до 200 символов</translation>
    </message>
    <message>
        <source>an address in this transfer is frozen by the issuer of {symbol}</source>
        <translation>один из адресов этого перевода заморожен эмитентом {symbol}</translation>
    </message>
    <message>
        <source>an endpoint is an http:// or https:// URL; {url!r} is not</source>
        <translation>адрес узла должен быть ссылкой http:// или https://; {url!r} не подходит</translation>
    </message>
    <message>
        <source>anvil is not installed; run `make setup` (it installs @foundry-rs/anvil from npm)</source>
        <translation>anvil не установлен; выполните `make setup` (он установит @foundry-rs/anvil из npm)</translation>
    </message>
    <message>
        <source>cannot reach {network}: none of its {n} node(s) answered{extra}; check your internet connection or add another endpoint</source>
        <translation>нет связи с сетью {network}: не ответил ни один из её узлов ({n}){extra}; проверьте подключение к интернету или добавьте другой узел</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
        <source>character {pos} ({ch!r}) cannot appear in a {network} address{hint}</source>
        <translation>символ {pos} ({ch!r}) не может быть в адресе сети {network}{hint}</translation>
    </message>
    <message>
        <source>character {pos} ({ch!r}) is not a hex digit; a {network} address is 0x and 40 hex digits</source>
        <translation>символ {pos} ({ch!r}) — не шестнадцатеричная цифра; адрес сети {network} — это 0x и 40 шестнадцатеричных цифр</translation>
    </message>
    <message>
        <source>choose the chain of the key: BNB Chain / Ethereum (0x…) or Tron (T…)</source>
        <translation>выберите сеть ключа: BNB Chain / Ethereum (0x…) или Tron (T…)</translation>
    </message>
    <message>
        <source>choose the chain of the key: evm or tron</source>
        <translation>выберите сеть ключа: evm или tron</translation>
    </message>
    <message>
        <source>choose the keystore file</source>
        <translation>выберите файл keystore</translation>
    </message>
    <message>
        <source>confirm these warnings first: {warnings}</source>
        <translation>сначала подтвердите эти предупреждения: {warnings}</translation>
    </message>
    <message>
        <source>could not read your {symbol} balance from {network}</source>
        <translation>не удалось узнать ваш баланс {symbol} в сети {network}</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <source>enter the address to watch</source>
        <translation>введите адрес для наблюдения</translation>
    </message>
    <message>
        <source>enter the keystore file&apos;s password</source>
        <translation>введите пароль файла keystore</translation>
    </message>
    <message>
        <source>enter the recipient&apos;s address, a contact&apos;s name or a payment link</source>
        <translation>введите адрес получателя, имя контакта или платёжную ссылку</translation>
    </message>
    <message>
        <source>enter your recovery phrase</source>
        <translation>введите фразу восстановления</translation>
    </message>
    <message>
        <source>every word is valid but the phrase&apos;s checksum does not match: a word is wrong or two words are swapped</source>
        <translation>все слова допустимы, но контрольная сумма фразы не сходится: одно слово неверно или два слова переставлены</translation>
    </message>
    <message>
        <source>file descriptor {fd} ended before the {what} was given</source>
        <translation>файловый дескриптор {fd} закончился раньше, чем был передан {what}</translation>
    </message>
    <message>
        <source>give the contact a name</source>
        <translation>дайте контакту имя</translation>
    </message>
    <message>
        <source>give the wallet a name</source>
        <translation>дайте кошельку имя</translation>
    </message>
    <message>
        <source>migration {name} is out of sequence</source>
        <translation>миграция {name} идёт не по порядку</translation>
    </message>
    <message>
        <source>no OS keyring is available to keep your keys: on Linux install and start gnome-keyring (or another Secret Service such as KeePassXC) and log in to a desktop session</source>
        <translation>нет системного хранилища ключей для ваших ключей: в Linux установите и запустите gnome-keyring (или другую службу Secret Service, например KeePassXC) и войдите в сеанс рабочего стола</translation>
    </message>
    <message>
        <source>no account has a {network} address</source>
        <translation>ни у одного счёта нет адреса в сети {network}</translation>
    </message>
    <message>
        <source>no account has a {network} address; create or import a wallet first</source>
        <translation>ни у одного счёта нет адреса в сети {network}; сначала создайте или импортируйте кошелёк</translation>
    </message>
    <message>
        <source>no account {ref!r}; `kapchyk account list` shows them</source>
        <translation>нет счёта {ref!r}; список счетов показывает `kapchyk account list`</translation>
    </message>
    <message>
        <source>no address to fund: give one, or create a devnet wallet first</source>
        <translation>нет адреса для пополнения: укажите адрес или сначала создайте кошелёк в devnet</translation>
    </message>
    <message>
        <source>no contact {ref!r} on {network}</source>
        <translation>нет контакта {ref!r} в сети {network}</translation>
    </message>
    <message>
        <source>no devnet has been started in {folder}; run `kapchyk devnet` first</source>
        <translation>в папке {folder} devnet не запускался; сначала выполните `kapchyk devnet`</translation>
    </message>
    <message>
        <source>no endpoints are configured for {network}</source>
        <translation>для сети {network} не настроено ни одного узла</translation>
    </message>
    <message>
        <source>no network {id!r} in {mode} mode (known: {known})</source>
        <translation>в режиме {mode} нет сети {id!r} (известны: {known})</translation>
    </message>
    <message>
        <source>no payment request #{id}</source>
        <translation>нет запроса на оплату №{id}</translation>
    </message>
    <message>
        <source>no terminal to ask for confirmation; pass --yes</source>
        <translation>нет терминала, чтобы запросить подтверждение; укажите --yes</translation>
    </message>
    <message>
        <source>no terminal to ask for the {what}; pass it with --password-fd N</source>
        <translation>нет терминала, чтобы запросить {what}; передайте его через --password-fd N</translation>
    </message>
    <message>
        <source>no token with contract {contract} on {network}; add it first</source>
        <translation>в сети {network} нет токена с контрактом {contract}; сначала добавьте его</translation>
    </message>
    <message>
        <source>no token {symbol!r} on {network} (known: {known})</source>
        <translation>в сети {network} нет токена {symbol!r} (известны: {known})</translation>
    </message>
    <message>
        <source>no transaction #{id} in this wallet&apos;s journal</source>
        <translation>в журнале этого кошелька нет транзакции №{id}</translation>
    </message>
    <message>
        <source>no transaction {ref} in this wallet&apos;s journal</source>
        <translation>в журнале этого кошелька нет транзакции {ref}</translation>
    </message>
    <message>
        <source>no wallet {ref!r}; `kapchyk wallet list` shows them</source>
        <translation>нет кошелька {ref!r}; список кошельков показывает `kapchyk wallet list`</translation>
    </message>
    <message>
        <source>no {what} was given</source>
        <translation>не передан {what}</translation>
    </message>
    <message>
        <source>not broadcast yet: {reason}</source>
        <translation>ещё не отправлено в сеть: {reason}</translation>
    </message>
    <message>
        <source>not confirmed; nothing was removed</source>
        <translation>не подтверждено; ничего не удалено</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>ничего не изменено</translation>
    </message>
    <message>
        <source>only recovery-phrase wallets have a backup to verify</source>
        <translation>резервную копию можно проверить только у кошельков с фразой восстановления</translation>
    </message>
    <message>
        <source>only the oldest pending transaction (nonce {lowest}) can be sped up or cancelled; this one waits behind it</source>
        <translation>ускорить или отменить можно только самую раннюю ожидающую транзакцию (nonce {lowest}); эта стоит в очереди за ней</translation>
    </message>
    <message>
        <source>only wallets made from a recovery phrase can have more accounts; {label} holds a single key or address</source>
        <translation>дополнительные счета бывают только у кошельков из фразы восстановления; в {label} хранится один ключ или адрес</translation>
    </message>
    <message>
        <source>parameter {key!r} appears twice in the payment link</source>
        <translation>параметр {key!r} встречается в платёжной ссылке дважды</translation>
    </message>
    <message>
        <source>parameter {key!r} in the payment link has no value</source>
        <translation>у параметра {key!r} в платёжной ссылке нет значения</translation>
    </message>
    <message>
        <source>payment requests are for tokens (KGST, USDKG…); choose one</source>
        <translation>запросы на оплату делаются в токенах (KGST, USDKG…); выберите токен</translation>
    </message>
    <message>
        <source>recipient address</source>
        <translation>адрес получателя</translation>
    </message>
    <message>
        <source>recipient: {reason}</source>
        <translation>получатель: {reason}</translation>
    </message>
    <message>
        <source>removing a wallet needs --yes when there is no terminal</source>
        <translation>без терминала для удаления кошелька нужен параметр --yes</translation>
    </message>
    <message>
        <source>removing a wallet needs its password</source>
        <translation>для удаления кошелька нужен его пароль</translation>
    </message>
    <message>
        <source>sending on {network} is not available in this build yet</source>
        <translation>отправка в сети {network} в этой версии пока недоступна</translation>
    </message>
    <message>
        <source>setting {field!r} must be {expected}; {value!r} is not</source>
        <translation>настройка {field!r} должна быть {expected}; {value!r} не подходит</translation>
    </message>
    <message>
        <source>several accounts can do this on {network}; choose one with --from/--account</source>
        <translation>в сети {network} это могут сделать несколько счетов; выберите один через --from/--account</translation>
    </message>
    <message>
        <source>several tokens on {network} are called {symbol}; give the contract address</source>
        <translation>в сети {network} несколько токенов называются {symbol}; укажите адрес контракта</translation>
    </message>
    <message>
        <source>several wallets are called {label!r}; use the wallet id</source>
        <translation>несколько кошельков называются {label!r}; укажите id кошелька</translation>
    </message>
    <message>
        <source>something went wrong; details are in the log</source>
        <translation>что-то пошло не так; подробности в журнале</translation>
    </message>
    <message>
        <source>paste the private key</source>
        <translation>вставьте закрытый ключ</translation>
    </message>
    <message>
        <source> (nonce {n})</source>
        <translation> (nonce {n})</translation>
    </message>
    <message>
        <source>BNB Chain or Ethereum</source>
        <translation>BNB Chain или Ethereum</translation>
    </message>
    <message>
        <source>a display is available for the desktop app</source>
        <translation>экран для приложения доступен</translation>
    </message>
    <message>
        <source>a loan can be locked for 1 to {max} days on this network, not {days}</source>
        <translation>в этой сети энергию в долг можно закрепить на срок от 1 до {max} дн., а не {days}</translation>
    </message>
    <message>
        <source>a replacement with the same nonce is pending; whichever is mined first counts</source>
        <translation>ожидает замена с тем же nonce; засчитается та, что первой попадёт в блок</translation>
    </message>
    <message>
        <source>block {block} of {network} holds more transfers than the explorer API can list</source>
        <translation>в блоке {block} сети {network} больше переводов, чем может выдать API обозревателя</translation>
    </message>
    <message>
        <source>cannot reach the {network} explorer API; check your internet connection</source>
        <translation>нет связи с API обозревателя {network}; проверьте подключение к интернету</translation>
    </message>
    <message>
        <source>cannot write the log file {path} ({reason}); continuing without a log</source>
        <translation>не удаётся записать журнал {path} ({reason}); работа продолжается без журнала</translation>
    </message>
    <message>
        <source>check the internet connection, or set working URLs with `kapchyk prices urls {id} URL`</source>
        <translation>проверьте подключение к интернету или укажите рабочие адреса командой `kapchyk prices urls {id} URL`</translation>
    </message>
    <message>
        <source>check the internet connection; add a working endpoint with `kapchyk endpoints add --network {id} URL` (or in Settings → Endpoints)</source>
        <translation>проверьте подключение к интернету; добавьте рабочий узел командой `kapchyk endpoints add --network {id} URL` (или в Настройках → Узлы)</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>не удалось подключиться</translation>
    </message>
    <message>
        <source>give --days or --seconds: how far to move the devnet clock</source>
        <translation>укажите --days или --seconds: на сколько передвинуть часы devnet</translation>
    </message>
    <message>
        <source>give the amount with --amount (the recipient names no amount)</source>
        <translation>укажите сумму через --amount (получатель сумму не указал)</translation>
    </message>
    <message>
        <source>keep the file (nothing was changed); restore it from a backup, or move it away and restore your wallet from its recovery phrase</source>
        <translation>сохраните файл (ничего не изменено); восстановите его из резервной копии или переместите его и восстановите кошелёк по секретной фразе</translation>
    </message>
    <message>
        <source>make it writable (chmod u+w {path}) or choose another with --data-dir</source>
        <translation>разрешите запись в неё (chmod u+w {path}) или выберите другую через --data-dir</translation>
    </message>
    <message>
        <source>no wallet yet: `kapchyk wallet create` or `kapchyk wallet restore`</source>
        <translation>кошелька ещё нет: `kapchyk wallet create` или `kapchyk wallet restore`</translation>
    </message>
    <message>
        <source>nothing can be withdrawn yet; the next unstake is ready at {ready}</source>
        <translation>забирать пока нечего; следующий вывод будет готов {ready}</translation>
    </message>
    <message>
        <source>nothing was done</source>
        <translation>ничего не сделано</translation>
    </message>
    <message>
        <source>nothing was signed: the nodes of {network} disagree about your account — {first} reports {balance1} {native}{nonce1}, {second} reports {balance2} {native}{nonce2}. One of them is wrong; check or remove it in the endpoint settings</source>
        <translation>ничего не подписано: узлы сети {network} расходятся в данных о вашем счёте — {first} сообщает {balance1} {native}{nonce1}, {second} сообщает {balance2} {native}{nonce2}. Один из них ошибается; проверьте или удалите его в настройках узлов</translation>
    </message>
    <message>
        <source>only energy can be lent here</source>
        <translation>здесь можно одалживать только энергию</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429)</source>
        <translation>слишком много запросов (HTTP 429)</translation>
    </message>
    <message>
        <source>receiver: {reason}</source>
        <translation>получатель: {reason}</translation>
    </message>
    <message>
        <source>remove or replace the failing ones: {failing}</source>
        <translation>удалите или замените неработающие: {failing}</translation>
    </message>
    <message>
        <source>remove the endpoints that serve another chain than {network} ({wrong}) with `kapchyk endpoints remove --network {id} URL`; add a working endpoint with `kapchyk endpoints add --network {id} URL` (or in Settings → Endpoints)</source>
        <translation>удалите узлы, которые обслуживают не {network}, а другую сеть ({wrong}), командой `kapchyk endpoints remove --network {id} URL`; добавьте рабочий узел командой `kapchyk endpoints add --network {id} URL` (или в Настройках → Узлы)</translation>
    </message>
    <message>
        <source>resource must be energy or bandwidth, not {resource}</source>
        <translation>ресурс должен быть energy или bandwidth, а не {resource}</translation>
    </message>
    <message>
        <source>restart the keyring service (log out and in), or use another Secret Service</source>
        <translation>перезапустите службу хранилища ключей (выйдите из сеанса и войдите снова) или используйте другую Secret Service</translation>
    </message>
    <message>
        <source>set the clock automatically (timedatectl set-ntp true, or the system&apos;s date settings): transactions signed with a wrong clock expire or are refused</source>
        <translation>включите автоматическую установку времени (timedatectl set-ntp true или настройки даты системы): транзакции, подписанные с неверными часами, истекают или отклоняются</translation>
    </message>
    <message>
        <source>several accounts are called {ref!r}; use wallet/account (e.g. {example}) or the address</source>
        <translation>несколько счетов называются {ref!r}; укажите кошелёк/счёт (например, {example}) или адрес</translation>
    </message>
    <message>
        <source>staking for energy is a Tron feature; {network} has no energy to stake for</source>
        <translation>стейкинг ради энергии есть только в Tron; в {network} энергии нет</translation>
    </message>
    <message>
        <source>the OS keyring cannot keep keys</source>
        <translation>хранилище ключей системы не может хранить ключи</translation>
    </message>
    <message>
        <source>the OS keyring did not give back what was written to it</source>
        <translation>хранилище ключей системы не вернуло то, что в него записали</translation>
    </message>
    <message>
        <source>the OS keyring is locked: unlock it (log in to your desktop session or open your keyring manager) and try again</source>
        <translation>системное хранилище ключей заблокировано: разблокируйте его (войдите в сеанс рабочего стола или откройте менеджер ключей) и попробуйте снова</translation>
    </message>
    <message>
        <source>the OS keyring is unlocked and writable ({backend})</source>
        <translation>хранилище ключей системы разблокировано и доступно для записи ({backend})</translation>
    </message>
    <message>
        <source>the Tron devnet is not running</source>
        <translation>локальная сеть Tron (devnet) не запущена</translation>
    </message>
    <message>
        <source>the account does not have enough TRX for the bandwidth fee</source>
        <translation>на счёте недостаточно TRX для оплаты пропускной способности</translation>
    </message>
    <message>
        <source>the account does not have enough {native} for this amount and the network fee</source>
        <translation>на счёте недостаточно {native} для этой суммы и комиссии сети</translation>
    </message>
    <message>
        <source>the account does not have enough {symbol}</source>
        <translation>на счёте недостаточно {symbol}</translation>
    </message>
    <message>
        <source>the address contains a space or line break</source>
        <translation>в адресе есть пробел или перенос строки</translation>
    </message>
    <message>
        <source>the amount is out of range</source>
        <translation>сумма вне допустимого диапазона</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>сумма должна быть больше нуля</translation>
    </message>
    <message>
        <source>the answer was not valid JSON</source>
        <translation>ответ — не корректный JSON</translation>
    </message>
    <message>
        <source>the chain id {chain!r} in the payment link is not valid</source>
        <translation>идентификатор сети {chain!r} в платёжной ссылке неверен</translation>
    </message>
    <message>
        <source>the checksum (upper/lower case letters) of this address does not match — check for a typo</source>
        <translation>контрольная сумма (заглавные и строчные буквы) этого адреса не сходится — проверьте, нет ли опечатки</translation>
    </message>
    <message>
        <source>the checksum of this {network} address does not match — check for a typo</source>
        <translation>контрольная сумма этого адреса сети {network} не сходится — проверьте, нет ли опечатки</translation>
    </message>
    <message>
        <source>the contract at {address} does not look like a token (symbol {symbol!r}, {decimals} decimals)</source>
        <translation>контракт по адресу {address} не похож на токен (символ {symbol!r}, знаков после запятой: {decimals})</translation>
    </message>
    <message>
        <source>the contract at {address} is not a TRC-20 token</source>
        <translation>контракт по адресу {address} — не токен TRC-20</translation>
    </message>
    <message>
        <source>the contract at {address} is not an ERC-20 token (no symbol or decimals)</source>
        <translation>контракт по адресу {address} — не токен ERC-20 (нет символа или числа знаков после запятой)</translation>
    </message>
    <message>
        <source>the data folder {folder} is read-only: the wallet can show what it has but not change anything</source>
        <translation>папка данных {folder} доступна только для чтения: кошелёк может показать сохранённое, но ничего не может изменить</translation>
    </message>
    <message>
        <source>the data folder {path} is not writable ({reason})</source>
        <translation>в папку данных {path} нельзя записывать ({reason})</translation>
    </message>
    <message>
        <source>the data folder {path} is writable</source>
        <translation>в папку данных {path} можно записывать</translation>
    </message>
    <message>
        <source>the desktop app cannot open a window here</source>
        <translation>приложение не может открыть здесь окно</translation>
    </message>
    <message>
        <source>the devnet at {url} is not running; start it with `kapchyk devnet`</source>
        <translation>devnet по адресу {url} не запущен; запустите его командой `kapchyk devnet`</translation>
    </message>
    <message>
        <source>the energy you lent to {receiver} is already locked until {date}; a new locked loan to it must last at least until then</source>
        <translation>энергия, одолженная {receiver}, уже закреплена до {date}; новое закрепление для этого счёта должно длиться хотя бы до этой даты</translation>
    </message>
    <message>
        <source>the fee is below the network&apos;s current base fee; get a new quote</source>
        <translation>комиссия ниже текущей базовой комиссии сети; рассчитайте перевод заново</translation>
    </message>
    <message>
        <source>the fee is below what the network accepts right now</source>
        <translation>комиссия ниже той, что сеть сейчас принимает</translation>
    </message>
    <message>
        <source>the gas coin</source>
        <translation>монета для оплаты комиссии</translation>
    </message>
    <message>
        <source>the gas limit is too low for this transaction</source>
        <translation>лимит газа слишком мал для этой транзакции</translation>
    </message>
    <message>
        <source>the issuer has paused {symbol}; transfers are stopped for now</source>
        <translation>эмитент приостановил {symbol}; переводы пока остановлены</translation>
    </message>
    <message>
        <source>the keyring entry of wallet {wallet} is damaged ({problem}); restore the wallet from its recovery phrase or key</source>
        <translation>запись кошелька {wallet} в хранилище ключей повреждена ({problem}); восстановите кошелёк по фразе восстановления или ключу</translation>
    </message>
    <message>
        <source>the keys of wallet {wallet} are not in the OS keyring (it may have been reset or this is another computer); restore the wallet from its recovery phrase or key</source>
        <translation>ключей кошелька {wallet} нет в системном хранилище ключей (возможно, его сбросили или это другой компьютер); восстановите кошелёк по фразе восстановления или ключу</translation>
    </message>
    <message>
        <source>the keystore file is damaged or not supported</source>
        <translation>файл keystore повреждён или не поддерживается</translation>
    </message>
    <message>
        <source>the keystore password is wrong</source>
        <translation>неверный пароль keystore</translation>
    </message>
    <message>
        <source>the keystore password must have at least 8 characters</source>
        <translation>пароль keystore должен содержать не меньше 8 символов</translation>
    </message>
    <message>
        <source>the local BNB devnet could not start on port {port} ({reason}); is another devnet already running? Stop it or pass another --bsc-port</source>
        <translation>локальная сеть BNB не запустилась на порту {port} ({reason}); может быть, уже работает другой devnet? Остановите его или укажите другой --bsc-port</translation>
    </message>
    <message>
        <source>the network already has this transaction</source>
        <translation>эта транзакция уже есть в сети</translation>
    </message>
    <message>
        <source>the new fee must be higher than the pending transaction&apos;s fee</source>
        <translation>новая комиссия должна быть выше комиссии ожидающей транзакции</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>новое имя пустое</translation>
    </message>
    <message>
        <source>the node did not accept the signature</source>
        <translation>узел не принял подпись</translation>
    </message>
    <message>
        <source>the node does not know the pending transaction {txid} right now; refresh (it will be broadcast again) and try once more</source>
        <translation>узел сейчас не знает об ожидающей транзакции {txid}; обновите данные (она будет отправлена снова) и попробуйте ещё раз</translation>
    </message>
    <message>
        <source>the node refused the transaction (details are in the log)</source>
        <translation>узел отклонил транзакцию (подробности в журнале)</translation>
    </message>
    <message>
        <source>the node {url} serves another chain ({reported}) than {network} ({expected}); it will not be used</source>
        <translation>узел {url} обслуживает другую сеть ({reported}), а не {network} ({expected}); он не будет использоваться</translation>
    </message>
    <message>
        <source>the password is wrong for wallet {wallet}</source>
        <translation>неверный пароль кошелька {wallet}</translation>
    </message>
    <message>
        <source>the payment link asks for {link_amount} {symbol}, but --amount says {amount}</source>
        <translation>в платёжной ссылке указано {link_amount} {symbol}, а в --amount — {amount}</translation>
    </message>
    <message>
        <source>the payment link asks for {link_asset}, but --token says {symbol}</source>
        <translation>платёжная ссылка запрашивает {link_asset}, а в --token указан {symbol}</translation>
    </message>
    <message>
        <source>the payment link asks to call {function!r}; only token transfers are supported</source>
        <translation>платёжная ссылка просит вызвать {function!r}; поддерживаются только переводы токенов</translation>
    </message>
    <message>
        <source>the payment link has an empty parameter (&amp;&amp;)</source>
        <translation>в платёжной ссылке есть пустой параметр (&amp;&amp;)</translation>
    </message>
    <message>
        <source>the payment link has parameters this wallet does not understand ({names}); it was refused rather than guessed</source>
        <translation>в платёжной ссылке есть параметры, которые этот кошелёк не понимает ({names}); ссылка отклонена, чтобы не угадывать</translation>
    </message>
    <message>
        <source>the payment link names no address</source>
        <translation>в платёжной ссылке не указан адрес</translation>
    </message>
    <message>
        <source>the payment link names {target!r}, not a 0x address; ENS names are not supported</source>
        <translation>в платёжной ссылке указано {target!r}, а не адрес 0x; имена ENS не поддерживаются</translation>
    </message>
    <message>
        <source>the payment request is empty</source>
        <translation>запрос на оплату пуст</translation>
    </message>
    <message>
        <source>the recipient address is empty</source>
        <translation>адрес получателя не указан</translation>
    </message>
    <message>
        <source>the recipient is a contract that does not accept {native}; the transfer would fail</source>
        <translation>получатель — контракт, который не принимает {native}; перевод не пройдёт</translation>
    </message>
    <message>
        <source>the recipient is a smart contract, not a personal wallet; if it cannot handle {symbol}, they are lost</source>
        <translation>получатель — смарт-контракт, а не личный кошелёк; если он не умеет работать с {symbol}, монеты будут потеряны</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is blacklisted by the issuer of {symbol}: tokens sent there arrive but can never be moved again</source>
        <translation>адрес получателя внесён эмитентом {symbol} в чёрный список: отправленные туда токены дойдут, но их больше никогда нельзя будет переместить</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is frozen by the issuer of {symbol}; the transfer would fail</source>
        <translation>адрес получателя заморожен эмитентом {symbol}; перевод не пройдёт</translation>
    </message>
    <message>
        <source>the requested amount must be more than zero</source>
        <translation>запрашиваемая сумма должна быть больше нуля</translation>
    </message>
    <message>
        <source>the sending address is blacklisted by the issuer of {symbol}</source>
        <translation>адрес отправителя внесён эмитентом {symbol} в чёрный список</translation>
    </message>
    <message>
        <source>the settings file could not be read: {problem}. Kapchyk is using {mode} mode and the default settings; the file was left as it is</source>
        <translation>не удалось прочитать файл настроек: {problem}. Kapchyk работает в режиме {mode} с настройками по умолчанию; файл оставлен как есть</translation>
    </message>
    <message>
        <source>the stored key does not match account {label}</source>
        <translation>сохранённый ключ не соответствует счёту {label}</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>токен</translation>
    </message>
    <message>
        <source>the token payment link has no recipient (address=…)</source>
        <translation>в платёжной ссылке на токен нет получателя (address=…)</translation>
    </message>
    <message>
        <source>the transaction expired before it was sent</source>
        <translation>срок транзакции истёк до её отправки</translation>
    </message>
    <message>
        <source>the transaction ran out of gas</source>
        <translation>транзакции не хватило газа</translation>
    </message>
    <message>
        <source>the transaction refers to a block the node does not know</source>
        <translation>транзакция ссылается на блок, неизвестный узлу</translation>
    </message>
    <message>
        <source>the transaction would run out of gas</source>
        <translation>транзакции не хватит газа</translation>
    </message>
    <message>
        <source>the transfer would fail: {reason}</source>
        <translation>перевод не пройдёт: {reason}</translation>
    </message>
    <message>
        <source>the two passwords are not the same</source>
        <translation>пароли не совпадают</translation>
    </message>
    <message>
        <source>the two {what}s differ; nothing was changed</source>
        <translation>введённые значения ({what}) не совпадают; ничего не изменено</translation>
    </message>
    <message>
        <source>the wallet database {path} cannot be opened ({reason}); it may be damaged — restore it from a backup or move it away to start fresh</source>
        <translation>не удаётся открыть базу данных кошелька {path} ({reason}); возможно, она повреждена — восстановите её из резервной копии или переместите в другое место, чтобы начать заново</translation>
    </message>
    <message>
        <source>the wallet database {path} could not be upgraded ({reason}); it was left as it was</source>
        <translation>не удалось обновить базу данных кошелька {path} ({reason}); она оставлена без изменений</translation>
    </message>
    <message>
        <source>the wallet is locked; enter its password to continue</source>
        <translation>кошелёк заблокирован; чтобы продолжить, введите его пароль</translation>
    </message>
    <message>
        <source>the wallet password must have at least {n} characters</source>
        <translation>пароль кошелька должен содержать не меньше {n} символов</translation>
    </message>
    <message>
        <source>the {mode} database is intact</source>
        <translation>база данных {mode} в порядке</translation>
    </message>
    <message>
        <source>the {mode} database {path} is damaged ({reason})</source>
        <translation>база данных {mode} {path} повреждена ({reason})</translation>
    </message>
    <message>
        <source>the {network} explorer API answered something unexpected (HTTP {status})</source>
        <translation>API обозревателя {network} дал непонятный ответ (HTTP {status})</translation>
    </message>
    <message>
        <source>the {network} explorer API is limiting requests; try again in a minute</source>
        <translation>API обозревателя {network} ограничивает число запросов; попробуйте через минуту</translation>
    </message>
    <message>
        <source>the {network} explorer API refused the request: {reason}</source>
        <translation>API обозревателя {network} отклонил запрос: {reason}</translation>
    </message>
    <message>
        <source>the {network} explorer refused the API key; check the key in Settings or with `kapchyk endpoints api-key`</source>
        <translation>обозреватель {network} не принял API-ключ; проверьте ключ в настройках или командой `kapchyk endpoints api-key`</translation>
    </message>
    <message>
        <source>the {network} history service refused the request: {reason}</source>
        <translation>служба истории {network} отклонила запрос: {reason}</translation>
    </message>
    <message>
        <source>the {network} node answered with a different transaction than the one you asked for ({fields}); nothing was signed. Use another endpoint</source>
        <translation>узел сети {network} вернул не ту транзакцию, которую вы запросили ({fields}); ничего не подписано. Используйте другой узел</translation>
    </message>
    <message>
        <source>the {network} node refused the request (details are in the log)</source>
        <translation>узел сети {network} отклонил запрос (подробности в журнале)</translation>
    </message>
    <message>
        <source>the {symbol} contract refused this transfer (details are in the log)</source>
        <translation>контракт {symbol} отклонил этот перевод (подробности в журнале)</translation>
    </message>
    <message>
        <source>the {what} in the payment link is invalid: {reason}</source>
        <translation>неверное значение в платёжной ссылке ({what}): {reason}</translation>
    </message>
    <message>
        <source>there are no waiting unstakes to cancel</source>
        <translation>нет ожидающих выводов, которые можно отменить</translation>
    </message>
    <message>
        <source>there are several wallets ({choices}); name one, e.g. `kapchyk account add {first}`</source>
        <translation>кошельков несколько ({choices}); укажите один, например `kapchyk account add {first}`</translation>
    </message>
    <message>
        <source>there is no contract at {address} on {network}</source>
        <translation>в сети {network} по адресу {address} нет контракта</translation>
    </message>
    <message>
        <source>there is no setting {field!r} (settings: {known})</source>
        <translation>настройки {field!r} нет (настройки: {known})</translation>
    </message>
    <message>
        <source>there is no unstaked TRX to withdraw</source>
        <translation>нет выведенных TRX, которые можно забрать</translation>
    </message>
    <message>
        <source>there is nothing to submit at this step</source>
        <translation>на этом шаге нечего отправлять</translation>
    </message>
    <message>
        <source>these words are not in the recovery-phrase word list: {words}{more}</source>
        <translation>этих слов нет в списке слов фразы восстановления: {words}{more}</translation>
    </message>
    <message>
        <source>this Tron account has never been activated: it needs some TRX before it can send anything</source>
        <translation>этот счёт Tron ещё не активирован: чтобы что-то отправить, на нём должно быть немного TRX</translation>
    </message>
    <message>
        <source>this Tron account has never been activated: it needs some TRX before it can stake anything</source>
        <translation>этот счёт Tron ни разу не был активирован: чтобы стейкать, на нём должно быть немного TRX</translation>
    </message>
    <message>
        <source>this address has never been activated; it will need TRX to move the {symbol} you send</source>
        <translation>этот адрес ещё не активирован; чтобы распоряжаться отправленными {symbol}, получателю понадобится TRX</translation>
    </message>
    <message>
        <source>this address looks like {label} ({known}) but is a different address: attackers make lookalike addresses to steal payments. Compare every character</source>
        <translation>этот адрес похож на {label} ({known}), но это другой адрес: мошенники создают похожие адреса, чтобы украсть платежи. Сравните каждый символ</translation>
    </message>
    <message>
        <source>this file is not JSON; a keystore V3 file is JSON</source>
        <translation>это не файл JSON; файл keystore V3 — это JSON</translation>
    </message>
    <message>
        <source>this is a Tron address, but you are sending on {network}</source>
        <translation>это адрес Tron, а вы отправляете в сети {network}</translation>
    </message>
    <message>
        <source>this is an EVM (0x…) address, but you are sending on {network}; Tron addresses start with T</source>
        <translation>это адрес EVM (0x…), а вы отправляете в сети {network}; адреса Tron начинаются с T</translation>
    </message>
    <message>
        <source>this is neither an address nor a payment link (ethereum: or tron:)</source>
        <translation>это не адрес и не платёжная ссылка (ethereum: или tron:)</translation>
    </message>
    <message>
        <source>this is not a valid secp256k1 private key</source>
        <translation>это недопустимый закрытый ключ secp256k1</translation>
    </message>
    <message>
        <source>this is not a {network} address</source>
        <translation>это не адрес сети {network}</translation>
    </message>
    <message>
        <source>this is not an Ethereum keystore V3 file</source>
        <translation>это не файл Ethereum keystore V3</translation>
    </message>
    <message>
        <source>this is not possible at this step</source>
        <translation>на этом шаге это невозможно</translation>
    </message>
    <message>
        <source>this is the zero address; nothing sent there can ever be recovered</source>
        <translation>это нулевой адрес; всё, что туда отправлено, вернуть невозможно</translation>
    </message>
    <message>
        <source>this is the {symbol} contract&apos;s own address; tokens sent there are lost forever. Check the recipient</source>
        <translation>это адрес самого контракта {symbol}; отправленные туда токены пропадут навсегда. Проверьте получателя</translation>
    </message>
    <message>
        <source>this needs {fee} TRX for bandwidth; you have {balance} TRX</source>
        <translation>на пропускную способность нужно {fee} TRX; у вас {balance} TRX</translation>
    </message>
    <message>
        <source>this network locks a loan for exactly {max} days</source>
        <translation>в этой сети энергия в долг закрепляется ровно на {max} дн.</translation>
    </message>
    <message>
        <source>this password has characters that some wallets change before using them (full-width letters or digits, ligatures and similar): ethers-based wallets would not open the file while others would. Choose a password without them</source>
        <translation>в этом пароле есть символы, которые некоторые кошельки изменяют перед использованием (полноширинные буквы или цифры, лигатуры и т. п.): кошельки на основе ethers не откроют файл, а другие откроют. Выберите пароль без таких символов</translation>
    </message>
    <message>
        <source>this payment link asks for the token {contract}, which is not known on {network}; add it in Settings first if you trust it</source>
        <translation>платёжная ссылка запрашивает токен {contract}, неизвестный в сети {network}; если вы ему доверяете, сначала добавьте его в настройках</translation>
    </message>
    <message>
        <source>this payment link is for a {kind} network, and {mode} mode has none</source>
        <translation>эта платёжная ссылка для сети {kind}, а в режиме {mode} таких сетей нет</translation>
    </message>
    <message>
        <source>this payment link is for chain id {chain_id}, which is not one of the networks of {mode} mode</source>
        <translation>эта платёжная ссылка для сети с id {chain_id}, которой нет среди сетей режима {mode}</translation>
    </message>
    <message>
        <source>this payment link is for chain {uri_chain}, but you are sending on {network} (chain {chain}); switch network or ask for a new link</source>
        <translation>эта платёжная ссылка для сети {uri_chain}, а вы отправляете в сети {network} (сеть {chain}); смените сеть или попросите новую ссылку</translation>
    </message>
    <message>
        <source>this payment link is for {family}, but you are sending on {network}</source>
        <translation>эта платёжная ссылка для {family}, а вы отправляете в сети {network}</translation>
    </message>
    <message>
        <source>this payment link is for {link_network}, but you are sending on {network}; use --network {link_id}</source>
        <translation>эта платёжная ссылка для сети {link_network}, а вы отправляете в сети {network}; используйте --network {link_id}</translation>
    </message>
    <message>
        <source>this quote has expired; get a new one</source>
        <translation>расчёт устарел; рассчитайте заново</translation>
    </message>
    <message>
        <source>this secret is too large for the OS keyring ({size} of at most {limit} bytes); if it has a BIP-39 passphrase, use a shorter one</source>
        <translation>этот секрет слишком велик для системного хранилища ключей ({size} из допустимых {limit} байт); если у него есть парольная фраза BIP-39, выберите покороче</translation>
    </message>
    <message>
        <source>this transaction&apos;s number (nonce) was already used by another transaction</source>
        <translation>номер этой транзакции (nonce) уже использован другой транзакцией</translation>
    </message>
    <message>
        <source>this transfer burns about {fee} TRX; you have {have} TRX</source>
        <translation>этот перевод сожжёт около {fee} TRX; у вас {have} TRX</translation>
    </message>
    <message>
        <source>this transfer was already sent; it is not sent twice</source>
        <translation>этот перевод уже отправлен; дважды он не отправляется</translation>
    </message>
    <message>
        <source>this wallet database was written by a newer Kapchyk (schema {found}, this program knows up to {known}); update Kapchyk to open it</source>
        <translation>эта база данных кошелька создана более новой версией Kapchyk (схема {found}, эта программа знает схемы до {known}); обновите Kapchyk, чтобы её открыть</translation>
    </message>
    <message>
        <source>this wallet is already here as {label}</source>
        <translation>этот кошелёк уже добавлен под именем {label}</translation>
    </message>
    <message>
        <source>this wallet was closed; open it again to continue</source>
        <translation>этот кошелёк закрыт; откройте его снова, чтобы продолжить</translation>
    </message>
    <message>
        <source>those words do not match the recovery phrase; check your paper and try again</source>
        <translation>эти слова не совпадают с фразой восстановления; сверьтесь с записью на бумаге и попробуйте снова</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>время ожидания истекло</translation>
    </message>
    <message>
        <source>token contract</source>
        <translation>контракт токена</translation>
    </message>
    <message>
        <source>transaction {txid} is already {status}; nothing to replace</source>
        <translation>транзакция {txid} уже в состоянии «{status}»; заменять нечего</translation>
    </message>
    <message>
        <source>type word {position} of your recovery phrase</source>
        <translation>введите слово {position} вашей фразы восстановления</translation>
    </message>
    <message>
        <source>unknown choice {kind!r}</source>
        <translation>неизвестный вариант {kind!r}</translation>
    </message>
    <message>
        <source>unknown currency {code!r}; use one of {known}</source>
        <translation>неизвестная валюта {code!r}; используйте одну из: {known}</translation>
    </message>
    <message>
        <source>unknown network mode {mode!r}; use mainnet, testnet or devnet</source>
        <translation>неизвестный режим сети {mode!r}; используйте mainnet, testnet или devnet</translation>
    </message>
    <message>
        <source>unknown price source {source!r}; use {known}</source>
        <translation>неизвестный источник цен {source!r}; используйте {known}</translation>
    </message>
    <message>
        <source>unknown staking action {action}</source>
        <translation>неизвестное действие стейкинга {action}</translation>
    </message>
    <message>
        <source>unsupported network kind {kind!r}</source>
        <translation>неподдерживаемый тип сети {kind!r}</translation>
    </message>
    <message>
        <source>word {position} is not the word at that position in your recovery phrase; look at the phrase again and check what you wrote down</source>
        <translation>слово {position} не совпадает со словом на этом месте во фразе восстановления; посмотрите на фразу ещё раз и проверьте, что вы записали</translation>
    </message>
    <message>
        <source>write down the recovery phrase of {label} and confirm it (`kapchyk wallet verify-backup`) before receiving money</source>
        <translation>прежде чем получать деньги, запишите фразу восстановления кошелька {label} и подтвердите её (`kapchyk wallet verify-backup`)</translation>
    </message>
    <message>
        <source>write the recovery phrase down on paper, then confirm that you did</source>
        <translation>запишите фразу восстановления на бумаге, затем подтвердите, что сделали это</translation>
    </message>
    <message>
        <source>you are sending {amount} {symbol} but this account has {balance} {symbol}</source>
        <translation>вы отправляете {amount} {symbol}, а на этом счёте {balance} {symbol}</translation>
    </message>
    <message>
        <source>you are staking {amount} TRX but this account has {balance} TRX (and the bandwidth may cost {fee} TRX)</source>
        <translation>вы стейкаете {amount} TRX, а на счёте {balance} TRX (и пропускная способность может стоить {fee} TRX)</translation>
    </message>
    <message>
        <source>you can lend at most {max} TRX of staked energy now (staked and not used or lent); you asked for {amount} TRX</source>
        <translation>сейчас можно одолжить не больше {max} TRX застейканной энергии (застейкано, не потрачено и не одолжено); вы просите {amount} TRX</translation>
    </message>
    <message>
        <source>you can lend no less than 1 TRX of staked energy</source>
        <translation>одолжить можно не меньше 1 TRX застейканной энергии</translation>
    </message>
    <message>
        <source>you can stake no less than 1 TRX</source>
        <translation>застейкать можно не меньше 1 TRX</translation>
    </message>
    <message>
        <source>you cannot lend energy to the same account it is staked in</source>
        <translation>нельзя одолжить энергию тому же счёту, на котором она застейкана</translation>
    </message>
    <message>
        <source>you have never paid this address before; check it with the recipient</source>
        <translation>вы ещё ни разу не платили на этот адрес; сверьте его с получателем</translation>
    </message>
    <message>
        <source>you have {staked} TRX staked for {resource} that is not lent out; you cannot unstake {amount} TRX</source>
        <translation>у вас застейкано {staked} TRX ради {resource}, не одолженных другим; вывести {amount} TRX нельзя</translation>
    </message>
    <message>
        <source>you lent {lent} TRX of energy to {receiver}; you cannot take back {amount} TRX</source>
        <translation>вы одолжили {receiver} энергию {lent} TRX; вернуть {amount} TRX нельзя</translation>
    </message>
    <message>
        <source>you need {fee} {native} for the network fee; you have {have} {native}</source>
        <translation>для комиссии сети нужно {fee} {native}; у вас {have} {native}</translation>
    </message>
    <message>
        <source>you need {need} TRX (amount + fees); you have {have} TRX</source>
        <translation>нужно {need} TRX (сумма + комиссии); у вас {have} TRX</translation>
    </message>
    <message>
        <source>you need {need} {native} (amount + network fee); you have {have} {native}</source>
        <translation>нужно {need} {native} (сумма + комиссия сети); у вас {have} {native}</translation>
    </message>
    <message>
        <source>your address is blacklisted by the issuer of {symbol}; it cannot send {symbol}</source>
        <translation>ваш адрес внесён эмитентом {symbol} в чёрный список; с него нельзя отправлять {symbol}</translation>
    </message>
    <message>
        <source>your address is frozen by the issuer of {symbol}; it cannot send {symbol}</source>
        <translation>ваш адрес заморожен эмитентом {symbol}; с него нельзя отправлять {symbol}</translation>
    </message>
    <message>
        <source>{address} has never been activated; Tron lends energy only to an existing account. Send it some TRX first</source>
        <translation>{address} ни разу не был активирован; Tron одалживает энергию только существующему счёту. Сначала отправьте на него немного TRX</translation>
    </message>
    <message>
        <source>{address} is a smart contract; energy can be lent only to an ordinary account</source>
        <translation>{address} — смарт-контракт; энергию можно одолжить только обычному счёту</translation>
    </message>
    <message>
        <source>{address} is neither a 0x… (BNB devnet) nor a T… (Tron devnet) address</source>
        <translation>{address} — не адрес 0x… (BNB devnet) и не адрес T… (Tron devnet)</translation>
    </message>
    <message>
        <source>{asset} is not a known token on {network}; add it first</source>
        <translation>{asset} — неизвестный токен в сети {network}; сначала добавьте его</translation>
    </message>
    <message>
        <source>{count} unstakes are already waiting, the most Tron allows; withdraw or cancel them first</source>
        <translation>уже ожидают {count} выводов — больше Tron не позволяет; сначала заберите или отмените их</translation>
    </message>
    <message>
        <source>{field}: character {pos} ({ch!r}) is not allowed; use digits and one decimal point</source>
        <translation>{field}: символ {pos} ({ch!r}) недопустим; используйте цифры и одну десятичную точку</translation>
    </message>
    <message>
        <source>{field}: commas before the decimal point must separate groups of three digits</source>
        <translation>{field}: запятые до десятичной точки должны разделять группы по три цифры</translation>
    </message>
    <message>
        <source>{field}: enter an amount</source>
        <translation>{field}: введите сумму</translation>
    </message>
    <message>
        <source>{field}: spaces can only separate groups of three digits</source>
        <translation>{field}: пробелы могут только разделять группы по три цифры</translation>
    </message>
    <message>
        <source>{field}: spaces can only separate groups of three digits before the decimal point</source>
        <translation>{field}: пробелы могут только разделять группы по три цифры до десятичного разделителя</translation>
    </message>
    <message>
        <source>{field}: the amount cannot be negative</source>
        <translation>{field}: сумма не может быть отрицательной</translation>
    </message>
    <message>
        <source>{field}: the amount has more than one decimal comma</source>
        <translation>{field}: в сумме больше одной десятичной запятой</translation>
    </message>
    <message>
        <source>{field}: the amount has more than one decimal point</source>
        <translation>{field}: в сумме больше одной десятичной точки</translation>
    </message>
    <message>
        <source>{field}: the amount is too large</source>
        <translation>{field}: сумма слишком большая</translation>
    </message>
    <message>
        <source>{field}: the amount must be more than zero</source>
        <translation>{field}: сумма должна быть больше нуля</translation>
    </message>
    <message>
        <source>{field}: write the amount in full digits, without an exponent (like 1e6)</source>
        <translation>{field}: запишите сумму полностью цифрами, без экспоненты (вроде 1e6)</translation>
    </message>
    <message>
        <source>{field}: write the amount without a + sign</source>
        <translation>{field}: запишите сумму без знака +</translation>
    </message>
    <message>
        <source>{field}: {text!r} has a comma after the decimal point; a point is never a thousands separator here. Write it like 1000.50 or 1 000,50</source>
        <translation>{field}: в {text!r} запятая стоит после десятичной точки; точка здесь никогда не разделяет тысячи. Напишите так: 1000.50 или 1 000,50</translation>
    </message>
    <message>
        <source>{field}: {text!r} is ambiguous: is the comma a decimal point or a thousands separator? Type it without separators, or use a point for decimals</source>
        <translation>{field}: {text!r} можно понять двояко: запятая — это десятичный разделитель или разделитель тысяч? Введите число без разделителей или отделите дробную часть точкой</translation>
    </message>
    <message>
        <source>{field}: {text!r} is not a number</source>
        <translation>{field}: {text!r} — не число</translation>
    </message>
    <message>
        <source>{field}: {unit} has no decimal places; enter a whole number</source>
        <translation>{field}: у {unit} нет дробной части; введите целое число</translation>
    </message>
    <message>
        <source>{field}: {unit} has {decimals} decimal places; this amount has {n}</source>
        <translation>{field}: у {unit} {decimals} знаков после запятой, а в этой сумме {n}</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}); start the devnet with --fresh</source>
        <translation>файл {file} повреждён ({reason}); запустите devnet с параметром --fresh</translation>
    </message>
    <message>
        <source>{file} is too large to be a keystore file</source>
        <translation>{file} слишком большой для файла keystore</translation>
    </message>
    <message>
        <source>{file}: &apos;networks&apos; must be a list</source>
        <translation>{file}: &apos;networks&apos; должен быть списком</translation>
    </message>
    <message>
        <source>{file}: &apos;tokens&apos; must be a list</source>
        <translation>{file}: &apos;tokens&apos; должен быть списком</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <source>{file}: network #{n} must be an object</source>
        <translation>{file}: сеть №{n} должна быть объектом</translation>
    </message>
    <message>
        <source>{file}: network id {id!r} appears twice</source>
        <translation>{file}: id сети {id!r} встречается дважды</translation>
    </message>
    <message>
        <source>{file}: not valid JSON at line {line}: {msg}</source>
        <translation>{file}: ошибка JSON в строке {line}: {msg}</translation>
    </message>
    <message>
        <source>{file}: the top level must be an object</source>
        <translation>{file}: верхний уровень должен быть объектом</translation>
    </message>
    <message>
        <source>{file}: token #{n} must be an object</source>
        <translation>{file}: токен №{n} должен быть объектом</translation>
    </message>
    <message>
        <source>{file}: token {sym} on {net} appears twice</source>
        <translation>{file}: токен {sym} в сети {net} встречается дважды</translation>
    </message>
    <message>
        <source>{file}: {where}: field {field!r} {expected}</source>
        <translation>{file}: {where}: поле {field!r}: {expected}</translation>
    </message>
    <message>
        <source>{key}={value!r} in the payment link is not a number</source>
        <translation>{key}={value!r} в платёжной ссылке — не число</translation>
    </message>
    <message>
        <source>{key}={value!r} is not a number</source>
        <translation>{key}={value!r} — не число</translation>
    </message>
    <message>
        <source>{key}={value!r} is not a whole number of base units</source>
        <translation>{key}={value!r} — не целое число базовых единиц</translation>
    </message>
    <message>
        <source>{key}={value!r} is too large</source>
        <translation>{key}={value!r} — слишком большое значение</translation>
    </message>
    <message>
        <source>{label} is a watch-only account: it can receive and show balances, not send</source>
        <translation>{label} — счёт только для просмотра: он может получать деньги и показывать баланс, но не отправлять</translation>
    </message>
    <message>
        <source>{label} is a watch-only account: it can receive and show balances, not stake</source>
        <translation>{label} — счёт только для просмотра: он может получать и показывать балансы, но не стейкать</translation>
    </message>
    <message>
        <source>{label} is a watch-only account: it has no key and cannot sign</source>
        <translation>{label} — счёт только для просмотра: у него нет ключа, и он не может подписывать</translation>
    </message>
    <message>
        <source>{locked} TRX of the energy you lent to {receiver} is locked until {date}; you can take back {free} TRX now and the rest after {date}</source>
        <translation>{locked} TRX энергии, одолженной {receiver}, закреплены до {date}; сейчас можно вернуть {free} TRX, остальное — после {date}</translation>
    </message>
    <message>
        <source>{network} transactions cannot be sped up or cancelled</source>
        <translation>транзакции сети {network} нельзя ускорить или отменить</translation>
    </message>
    <message>
        <source>{network}: none of its {count} endpoints answered correctly</source>
        <translation>{network}: ни один из {count} узлов не ответил правильно</translation>
    </message>
    <message>
        <source>{network}: the clock agrees with the latest block ({seconds} s apart)</source>
        <translation>{network}: часы совпадают с последним блоком (разница {seconds} с)</translation>
    </message>
    <message>
        <source>{network}: the latest block time could not be read</source>
        <translation>{network}: не удалось прочитать время последнего блока</translation>
    </message>
    <message>
        <source>{network}: this computer&apos;s clock is {seconds} s ahead of the network&apos;s</source>
        <translation>{network}: часы этого компьютера спешат на {seconds} с относительно сети</translation>
    </message>
    <message>
        <source>{network}: this computer&apos;s clock is {seconds} s behind the network&apos;s</source>
        <translation>{network}: часы этого компьютера отстают на {seconds} с от сети</translation>
    </message>
    <message>
        <source>{network}: unsupported kind of network</source>
        <translation>{network}: неподдерживаемый тип сети</translation>
    </message>
    <message>
        <source>{network}: {good} of {count} endpoints answer (fastest {ms} ms)</source>
        <translation>{network}: отвечают {good} из {count} узлов (самый быстрый — {ms} мс)</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{scheme!r} payment links are not supported; use an ethereum: or tron: link or an address</source>
        <translation>платёжные ссылки {scheme!r} не поддерживаются; используйте ссылку ethereum: или tron: либо адрес</translation>
    </message>
    <message>
        <source>{source} prices cannot be fetched: values in money are the last known ones</source>
        <translation>не удаётся получить цены {source}: стоимость в деньгах показана по последним известным ценам</translation>
    </message>
    <message>
        <source>{source} prices: {good} of {count} sources answer (fastest {ms} ms)</source>
        <translation>цены {source}: отвечают {good} из {count} источников (самый быстрый — {ms} мс)</translation>
    </message>
    <message>
        <source>{url} was not added by you on {network}; built-in endpoints stay</source>
        <translation>{url} в сети {network} добавили не вы; встроенные узлы не удаляются</translation>
    </message>
</context>
</TS>
