<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name>AddressBookTab</name>
    <message>
        <source>Address book</source>
        <translation>Дарек китеби</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Тармак</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертме</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation>Жөнөтүү…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Байланыш кошуу</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>милдеттүү эмес</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <source>A watch-only account can receive and show balances, not send</source>
        <translation>Көрүү үчүн гана ачылган эсеп акча кабыл алып, калдыкты көрсөтө алат, бирок жөнөтө албайт</translation>
    </message>
    <message>
        <source>This account has no address on that network</source>
        <translation>Бул эсептин ошол тармакта дареги жок</translation>
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
        <translation>эч нерсе күйгүзбөйт: керектүү {energy} энергия жана {bandwidth} өткөрүү жөндөмдүүлүгү бул эсептин акысыз ресурстары менен жабылат</translation>
    </message>
    <message>
        <source>burns {fee}: it needs {energy} energy and {bandwidth} bandwidth, more than this account has free today, so the network takes TRX for the rest</source>
        <translation>{fee} күйгүзөт: {energy} энергия жана {bandwidth} өткөрүү жөндөмдүүлүгү керек — бул эсепте бүгүн акысыз болгондон көп, ошондуктан калганы үчүн тармак TRX алат</translation>
    </message>
    <message>
        <source>; and {fee} to activate the recipient&apos;s new account</source>
        <translation>; жана алуучунун жаңы эсебин активдештирүү үчүн {fee}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Наркы</translation>
    </message>
    <message>
        <source>1 {symbol} = {price} (its peg; no network needed)</source>
        <translation>1 {symbol} = {price} (байланыш; тармак керек эмес)</translation>
    </message>
    <message>
        <source>1 {symbol} = {price} ({source}, {age})</source>
        <translation>1 {symbol} = {price} ({source}, {age})</translation>
    </message>
    <message>
        <source>National Bank of the Kyrgyz Republic</source>
        <translation>Кыргыз Республикасынын Улуттук банкы</translation>
    </message>
    <message>
        <source>peg</source>
        <translation>байланыш</translation>
    </message>
    <message>
        <source>Total ≈ {amount}</source>
        <translation>Бардыгы ≈ {amount}</translation>
    </message>
    <message>
        <source>prices and rates updated {age}</source>
        <translation>баалар жана курстар жаңыланды: {age}</translation>
    </message>
    <message>
        <source>no price known yet for {symbols}</source>
        <translation>баасы азырынча белгисиз: {symbols}</translation>
    </message>
    <message>
        <source>no exchange rate known yet: shown at their peg</source>
        <translation>курс азырынча белгисиз: байланышы боюнча көрсөтүлдү</translation>
    </message>
    <message>
        <source>{symbol} trades at {price}, more than 2% off its peg</source>
        <translation>{symbol} {price} баада сатылууда, байланышынан 2% дан ашык айырмаланат</translation>
    </message>
    <message>
        <source>token</source>
        <translation>токен</translation>
    </message>
    <message>
        <source>{network} {owner}: free today: {tokens} {token} transfer(s), {trx} TRX transfer(s)</source>
        <translation>{network} {owner}: бүгүн акысыз: {token} которуу — {tokens}, TRX которуу — {trx}</translation>
    </message>
    <message>
        <source>{owner}: {energy} energy and {bandwidth} bandwidth left ({age}). A token transfer uses about 64,285 energy and 345 bandwidth, a TRX transfer about 268 bandwidth; without them the network burns TRX instead.</source>
        <translation>{owner}: {energy} энергия жана {bandwidth} өткөрүү жөндөмдүүлүгү калды ({age}). Токен которуу болжол менен 64 285 энергия жана 345 өткөрүү жөндөмдүүлүгүн, TRX которуу болжол менен 268 өткөрүү жөндөмдүүлүгүн колдонот; алар жок болсо тармак анын ордуна TRX күйгүзөт.</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <source>Check my setup</source>
        <translation>Орнотууну текшерүү</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Кайра текшерүү</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Checking the keyring, the data folder and every node…</source>
        <translation>Ачкыч сактагычты, маалымат папкасын жана ар бир түйүндү текшерип жатабыз…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>жакшы</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>КӨЙГӨЙ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>эскертүү</translation>
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
        <translation>эмне кылуу керек:</translation>
    </message>
    <message>
        <source>Something here would stop a send: fix the PROBLEM lines first.</source>
        <translation>Бул жердеги бир нерсе жөнөтүүгө тоскоол болот: адегенде КӨЙГӨЙ деген саптарды оңдоңуз.</translation>
    </message>
    <message>
        <source>Nothing here would stop a send.</source>
        <translation>Бул жерде жөнөтүүгө эч нерсе тоскоол болбойт.</translation>
    </message>
</context>
<context>
    <name>EnergyPage</name>
    <message>
        <source>Stake TRX for energy</source>
        <extracomment>a choice of the action box → (service action, resource)</extracomment>
        <translation>Энергия үчүн TRX стейкке коюу</translation>
    </message>
    <message>
        <source>Stake TRX for bandwidth</source>
        <translation>Өткөрүү жөндөмү үчүн TRX стейкке коюу</translation>
    </message>
    <message>
        <source>Unstake (TRX back after the wait)</source>
        <translation>Стейктен чыгаруу (TRX күтүүдөн кийин кайтат)</translation>
    </message>
    <message>
        <source>Withdraw unstaked TRX</source>
        <translation>Стейктен чыккан TRXти алуу</translation>
    </message>
    <message>
        <source>Cancel waiting unstakes</source>
        <translation>Күтүүдөгү чыгарууларды жокко чыгаруу</translation>
    </message>
    <message>
        <source>Lend energy to another account</source>
        <translation>Энергияны башка эсепке карызга берүү</translation>
    </message>
    <message>
        <source>Take lent energy back</source>
        <translation>Карызга берилген энергияны кайтаруу</translation>
    </message>
    <message>
        <source>Tron energy — {label}</source>
        <translation>Tron энергиясы — {label}</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Тармак:</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Жаңылоо</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Аракет:</translation>
    </message>
    <message>
        <source>Amount (TRX):</source>
        <translation>Сумма (TRX):</translation>
    </message>
    <message>
        <source>Receiving account:</source>
        <translation>Алуучу эсеп:</translation>
    </message>
    <message>
        <source>T… address or contact name</source>
        <translation>T… дареги же байланыштын аты</translation>
    </message>
    <message>
        <source>Lock for (days):</source>
        <translation>Бекитүү мөөнөтү (күн):</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>бекитилген эмес</translation>
    </message>
    <message>
        <source>A locked loan is one your family can count on: you cannot take it back before the days are over.</source>
        <translation>Бекитилген карызга үй-бүлөңүз ишене алат: ал күндөр өтмөйүнчө аны кайтара албайсыз.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Ырастоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>This network mode has no Tron network</source>
        <translation>Бул тармак режиминде Tron тармагы жок</translation>
    </message>
    <message>
        <source>Reading the account from the network…</source>
        <translation>Эсеп тармактан окулууда…</translation>
    </message>
    <message>
        <source>Energy left today: {left} of {limit}. One staked TRX gives about {per} energy a day; used energy comes back over 24 hours.</source>
        <translation>Бүгүнкү калган энергия: {left} / {limit}. Стейктеги бир TRX күнүнө болжол менен {per} энергия берет; сарпталган энергия 24 саатта калыбына келет.</translation>
    </message>
    <message>
        <source>Bandwidth left today: {left} of {limit} bytes from staked TRX (used first), {free_left} of {free} bytes free; past both, each byte burns TRX.</source>
        <translation>Бүгүнкү өткөрүү жөндөмү: стейктеги TRXтен {limit} байттын {left} калды (биринчи ушул колдонулат), акысыз {free} байттын {free_left} калды; андан ашканда ар бир байт TRX күйгүзөт.</translation>
    </message>
    <message>
        <source>Hold some USDKG to see what a transfer costs in energy.</source>
        <translation>Которуу канча энергия талап кыларын көрүү үчүн бир аз USDKG кармаңыз.</translation>
    </message>
    <message>
        <source>One {symbol} transfer takes {energy} energy and burns {burn} TRX without it. Stake about {stake} TRX → one {symbol} transfer a day without burning TRX.</source>
        <translation>Бир {symbol} которуусу {energy} энергия талап кылат, энергиясыз {burn} TRX күйөт. Болжол менен {stake} TRX стейкке коюңуз → күнүнө бир {symbol} которуусу TRX күйгүзбөй.</translation>
    </message>
    <message>
        <source>(Estimated for a recipient who never held {symbol}; a transfer to a regular payee takes less.)</source>
        <translation>(Эч качан {symbol} кармабаган алуучу үчүн эсептелди; туруктуу алуучуга которуу азыраак талап кылат.)</translation>
    </message>
    <message>
        <source>That is {more} TRX more than you have staked.</source>
        <translation>Бул сиз стейкке койгондон {more} TRX көп.</translation>
    </message>
    <message>
        <source>Your stake already covers it.</source>
        <translation>Сиздин стейк буга жетет.</translation>
    </message>
    <message>
        <source>Available: {balance} TRX. Staked for energy: {energy} TRX, for bandwidth: {bandwidth} TRX. Energy lent to you: {received} TRX.</source>
        <translation>Жеткиликтүү: {balance} TRX. Энергия үчүн стейкте: {energy} TRX, өткөрүү жөндөмү үчүн: {bandwidth} TRX. Сизге карызга берилген энергия: {received} TRX.</translation>
    </message>
    <message>
        <source>Lending the energy of {trx} TRX to {address}</source>
        <translation>{trx} TRX энергиясы {address} дарегине карызга берилген</translation>
    </message>
    <message>
        <source>({locked} TRX locked: you cannot take it back before {date})</source>
        <translation>({locked} TRX бекитилген: {date} чейин кайтарууга болбойт)</translation>
    </message>
    <message>
        <source>You can lend up to {trx} TRX now.</source>
        <translation>Азыр {trx} TRXке чейин карызга бере аласыз.</translation>
    </message>
    <message>
        <source>Unstaked {trx} TRX: ready to withdraw</source>
        <translation>Стейктен {trx} TRX чыкты: алууга даяр</translation>
    </message>
    <message>
        <source>Unstaking {trx} TRX: withdrawable from {date}</source>
        <translation>{trx} TRX стейктен чыгууда: {date} баштап алууга болот</translation>
    </message>
    <message>
        <source>No unstakes waiting.</source>
        <translation>Күтүүдөгү чыгаруулар жок.</translation>
    </message>
    <message>
        <source>Checking with the network…</source>
        <translation>Тармактан текшерилүүдө…</translation>
    </message>
    <message>
        <source>Stake {trx} TRX for energy.</source>
        <translation>Энергия үчүн {trx} TRX стейкке коюу.</translation>
    </message>
    <message>
        <source>Stake {trx} TRX for bandwidth.</source>
        <translation>Өткөрүү жөндөмү үчүн {trx} TRX стейкке коюу.</translation>
    </message>
    <message>
        <source>Unstake {trx} TRX.</source>
        <translation>{trx} TRXти стейктен чыгаруу.</translation>
    </message>
    <message>
        <source>Withdraw {trx} unstaked TRX.</source>
        <translation>Стейктен чыккан {trx} TRXти алуу.</translation>
    </message>
    <message>
        <source>Cancel every waiting unstake; the TRX is staked again.</source>
        <translation>Бардык күтүүдөгү чыгарууларды жокко чыгаруу; TRX кайра стейкке коюлат.</translation>
    </message>
    <message>
        <source>Lend the energy of {trx} staked TRX to {receiver}.</source>
        <translation>Стейктеги {trx} TRX энергиясын {receiver} дарегине карызга берүү.</translation>
    </message>
    <message>
        <source>Take back the energy of {trx} TRX from {receiver}.</source>
        <translation>{receiver} дарегинен {trx} TRX энергиясын кайтаруу.</translation>
    </message>
    <message>
        <source>Network fee: bandwidth {bytes} bytes, burns at most {fee} TRX.</source>
        <translation>Тармак төлөмү: өткөрүү жөндөмү {bytes} байт, эң көп {fee} TRX күйөт.</translation>
    </message>
    <message>
        <source>The TRX can be withdrawn from {date}.</source>
        <translation>TRXти {date} баштап алууга болот.</translation>
    </message>
    <message>
        <source>Locked for {days} days: your family can count on it for {days} days; you cannot take it back before {date}.</source>
        <translation>{days} күнгө бекитилди: үй-бүлөңүз бул энергияга {days} күн ишене алат; аны {date} чейин кайтара албайсыз.</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Кол коюлуп, жөнөтүлүүдө…</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Аткарылган жок: {reason}</translation>
    </message>
    <message>
        <source>Sent: transaction {txid} ({status})</source>
        <translation>Жөнөтүлдү: транзакция {txid} ({status})</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Колдонуучу колдонмосу</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History</source>
        <translation>Тарых</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Багыт</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Кирген жана чыккан</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Кирген</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Чыккан</translation>
    </message>
    <message>
        <source>Show tiny incoming transfers (often spam)</source>
        <translation>Өтө майда кирген которууларды көрсөтүү (көбүнчө спам)</translation>
    </message>
    <message>
        <source>Check for new transfers</source>
        <translation>Жаңы которууларды текшерүү</translation>
    </message>
    <message>
        <source>Open in explorer</source>
        <translation>Обозреватель аркылуу ачуу</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV файлына экспорттоо…</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Ырасталды</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Күтүүдө</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Азырынча жөнөтүлө элек</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Өтпөй калды</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Тармак четке какты</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Алмаштырылды</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Тармак</translation>
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
        <translation>Абалы</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>Кимден / кимге</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Кирген</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Чыккан</translation>
    </message>
    <message>
        <source>To yourself</source>
        <translation>Өзүңүзгө</translation>
    </message>
    <message>
        <source>block {block}</source>
        <translation>{block} блок</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Бардык токендер</translation>
    </message>
    <message>
        <source>No transfers yet. Check for new transfers to look on the network.</source>
        <translation>Азырынча которуулар жок. Тармактан издөө үчүн «Жаңы которууларды текшерүү» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Looking for new transfers…</source>
        <translation>Жаңы которуулар изделүүдө…</translation>
    </message>
    <message>
        <source>Could not reach {networks}; showing the stored history</source>
        <translation>Байланыш жок: {networks}; сакталган тарых көрсөтүлүүдө</translation>
    </message>
    <message>
        <source>New transfers found: {n}</source>
        <translation>Табылган жаңы которуулар: {n}</translation>
    </message>
    <message>
        <source>{network}: this endpoint has no TronGrid v1 API, so only recent blocks were searched. Older transfers need a TronGrid-style endpoint (Settings → Networks).</source>
        <translation>{network}: бул түйүндө TronGrid v1 API жок, ошондуктан акыркы блоктор гана каралды. Эски которуулар үчүн TronGrid сыяктуу API бар түйүн керек (Жөндөөлөр → Тармактар).</translation>
    </message>
    <message>
        <source>{network}: only this wallet&apos;s own sends are shown. For the full history get a free API key at https://etherscan.io/myapikey and save it in Settings → Networks.</source>
        <translation>{network}: бул капчыктан жөнөтүлгөндөр гана көрсөтүлдү. Толук тарых үчүн https://etherscan.io/myapikey дарегинен акысыз API ачкычын алып, Жөндөөлөр → Тармактар бөлүмүнө сактаңыз.</translation>
    </message>
    <message>
        <source>Rows saved to {path}: {n}</source>
        <translation>{path} файлына сакталган саптар: {n}</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Тарыхты экспорттоо</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Received {amount} {symbol}</source>
        <extracomment>a PollResult whose balances changed (the window shows the cache again)</extracomment>
        <translation>{amount} {symbol} келди</translation>
    </message>
    <message>
        <source>from {sender} on {network}</source>
        <translation>жөнөтүүчү {sender}, тармак {network}</translation>
    </message>
    <message>
        <source>on {network}</source>
        <translation>тармак {network}</translation>
    </message>
</context>
<context>
    <name>LockIndicator</name>
    <message>
        <source>Locked</source>
        <extracomment>emitted on the GUI thread whenever the wallets lock (idle, &quot;Lock now&quot;, or a service call that found them idle) and when one unlocks; ``on_lock`` follows ``locked``</extracomment>
        <translation>Кулпуланган</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Кулпусу ачык</translation>
    </message>
    <message>
        <source>Sending asks for the wallet&apos;s password</source>
        <translation>Жөнөтүү үчүн капчыктын сырсөзү керек</translation>
    </message>
    <message>
        <source>A wallet is unlocked; it locks itself when you are away</source>
        <translation>Капчыктын кулпусу ачык; сиз жокто ал өзү кулпуланат</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Kapchyk is locked</source>
        <translation>Kapchyk кулпуланды</translation>
    </message>
    <message>
        <source>Balances and addresses are hidden. Unlock with a wallet&apos;s password.</source>
        <translation>Баланстар жана даректер жашырылды. Капчыктын сырсөзү менен кулпусун ачыңыз.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Кулпусун ачуу…</translation>
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
        <translation>Жардам</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Колдонуучу колдонмосу</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Орнотууну текшерүү</translation>
    </message>
    <message>
        <source>{mode} mode: these coins have no value</source>
        <translation>{mode} режими: бул монеталардын эч кандай баасы жок</translation>
    </message>
    <message>
        <source>Tron energy</source>
        <translation>Tron энергиясы</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Эсеп:</translation>
    </message>
    <message>
        <source>&amp;Add wallet…</source>
        <translation>&amp;Капчык кошуу…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ж&amp;аңылоо</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Жөнөтүү</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Алуу</translation>
    </message>
    <message>
        <source>&amp;Get test funds</source>
        <translation>&amp;Тест каражаты</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Жө&amp;ндөөлөр</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Кулпулоо</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Тармак</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Калдык</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңыланган</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Калдыктар</translation>
    </message>
    <message>
        <source>A watch-only account can receive and show balances, not send</source>
        <translation>Көрүү үчүн гана ачылган эсеп акча кабыл алып, калдыкты көрсөтө алат, бирок жөнөтө албайт</translation>
    </message>
    <message>
        <source> (watch-only)</source>
        <translation> (көрүү үчүн гана)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>жаңы эле</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} мүн. мурун</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} саат мурун</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} күн мурун</translation>
    </message>
    <message>
        <source>Refreshing balances…</source>
        <translation>Калдыктар жаңыланууда…</translation>
    </message>
    <message>
        <source>A balance on {networks} jumped far from the last one and no second node confirms it; the last confirmed balance is shown</source>
        <translation>{networks} тармагындагы баланс кескин өзгөрдү, экинчи түйүн муну ырастабайт; акыркы ырасталган баланс көрсөтүлдү</translation>
    </message>
    <message>
        <source>Could not reach {networks}; showing the last known balances</source>
        <translation>Байланыш жок: {networks}; акыркы белгилүү калдыктар көрсөтүлүүдө</translation>
    </message>
    <message>
        <source>Balances are up to date</source>
        <translation>Калдыктар жаңыланды</translation>
    </message>
    <message>
        <source>This account has no Tron address</source>
        <translation>Бул эсептин Tron дареги жок</translation>
    </message>
    <message>
        <source>The devnet is not running</source>
        <translation>Жергиликтүү тест тармагы (devnet) иштеген жок</translation>
    </message>
    <message>
        <source>Asking the devnet for test funds…</source>
        <translation>Жергиликтүү тармактан тест монеталары суралууда…</translation>
    </message>
    <message>
        <source>Starting the local devnet…</source>
        <extracomment>at exit, how long to wait for background jobs (a refresh, a devnet still starting)</extracomment>
        <translation>Жергиликтүү тест тармагы ишке киргизилүүдө…</translation>
    </message>
    <message>
        <source>Using the devnet already running at {url}: it was started outside this window and keeps running when you quit</source>
        <translation>{url} дарегинде иштеп турган devnet колдонулууда: аны бул терезе иштеткен эмес, сиз чыккандан кийин да иштей берет</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>The OS keyring cannot keep keys on this computer, so a new or restored wallet cannot be saved yet: {reason} (Watching an address works without it; Help → Check my setup says more.)</source>
        <extracomment>pages whose forward button is &quot;Next&quot;; the others that submit say &quot;Finish&quot;</extracomment>
        <translation>Системанын ачкыч сактагычы бул компьютерде ачкычтарды сактай албайт, ошондуктан жаңы же калыбына келтирилген капчыкты азырынча сактоого болбойт: {reason} (Даректи көзөмөлдөө ансыз да иштейт; кененирээк — Жардам → Орнотууну текшерүү.)</translation>
    </message>
    <message>
        <source>Add a wallet</source>
        <translation>Капчык кошуу</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>Kapchyk keeps your keys on this computer, encrypted with a password. What would you like to do?</source>
        <translation>Kapchyk ачкычтарыңызды ушул компьютерде сырсөз менен шифрлеп сактайт. Эмне кылгыңыз келет?</translation>
    </message>
    <message>
        <source>Create a new wallet</source>
        <translation>Жаңы капчык түзүү</translation>
    </message>
    <message>
        <source>Restore a wallet from its recovery phrase</source>
        <translation>Капчыкты калыбына келтирүү фразасы менен калыбына келтирүү</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Жеке ачкычты импорттоо</translation>
    </message>
    <message>
        <source>Import a keystore file (JSON)</source>
        <translation>Keystore файлын импорттоо (JSON)</translation>
    </message>
    <message>
        <source>Watch an address (no key: balances only)</source>
        <translation>Даректи көзөмөлдөө (ачкычсыз: калдыктар гана)</translation>
    </message>
    <message>
        <source>This is your recovery phrase. Write the words on paper, in this order, and keep it somewhere safe. Anyone who has these words can take your money; whoever asks you for them is a thief. Kapchyk will never ask for them.</source>
        <translation>Бул сиздин калыбына келтирүү фразаңыз. Сөздөрдү ушул тартипте кагазга жазып, коопсуз жерде сактаңыз. Бул сөздөр кимде болсо, ал сиздин акчаңызды алып кете алат; аларды сизден сураган адам — ууру. Kapchyk аларды эч качан сурабайт.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көчүрүү</translation>
    </message>
    <message>
        <source>Copied. Any program on this computer can read the clipboard: paste the words only into a password manager you trust. Paper is safer.</source>
        <translation>Көчүрүлдү. Бул компьютердеги каалаган программа алмашуу буферин окуй алат: сөздөрдү ишенген сырсөз менеджериңизге гана коюңуз. Кагаз коопсузураак.</translation>
    </message>
    <message>
        <source>I wrote the words down, in order</source>
        <translation>Сөздөрдү тартиби менен жазып алдым</translation>
    </message>
    <message>
        <source>To check your copy, type these words of your recovery phrase from what you wrote down.</source>
        <translation>Жазганыңызды текшерүү үчүн калыбына келтирүү фразаңыздын бул сөздөрүн жазып алганыңыздан карап киргизиңиз.</translation>
    </message>
    <message>
        <source>Type your recovery phrase (12 to 24 words), separated by spaces.</source>
        <translation>Калыбына келтирүү фразаңызды (12ден 24кө чейин сөз) боштук менен бөлүп киргизиңиз.</translation>
    </message>
    <message>
        <source>This phrase has a passphrase (BIP-39)</source>
        <translation>Бул фразанын кошумча сырсөзү бар (BIP-39)</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>кошумча сырсөз</translation>
    </message>
    <message>
        <source>Paste the private key: 64 hex digits. It becomes a wallet with one account on the chain you choose.</source>
        <translation>Жеке ачкычты коюңуз: 64 он алтылык цифра. Андан сиз тандаган тармакта бир эсеби бар капчык түзүлөт.</translation>
    </message>
    <message>
        <source>Choose an Ethereum keystore file (UTC--…json) and type the password it was saved with. Opening it takes a few seconds.</source>
        <translation>Ethereum keystore файлын (UTC--…json) тандап, ал сакталган сырсөздү киргизиңиз. Аны ачуу бир нече секунд талап кылат.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Карап чыгуу…</translation>
    </message>
    <message>
        <source>A watch-only wallet shows the balances and history of an address. It holds no key and cannot send.</source>
        <translation>Көрүү үчүн гана капчык даректин калдыктарын жана тарыхын көрсөтөт. Анда ачкыч жок, ошондуктан ал жөнөтө албайт.</translation>
    </message>
    <message>
        <source>Give the wallet a name and a password of at least 8 characters. The password protects the keys on this computer; you will type it to send.</source>
        <translation>Капчыкка ат жана кеминде 8 белгиден турган сырсөз бериңиз. Сырсөз ушул компьютердеги ачкычтарды коргойт; жөнөтүүдө аны киргизесиз.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Жеке ачкыч</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Тармак</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Keystore файлы</translation>
    </message>
    <message>
        <source>File password</source>
        <translation>Файлдын сырсөзү</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Wallet name</source>
        <translation>Капчыктын аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <source>BNB Chain, Ethereum (0x… address)</source>
        <translation>BNB Chain, Ethereum (0x… дареги)</translation>
    </message>
    <message>
        <source>Tron (T… address)</source>
        <translation>Tron (T… дареги)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Бүтүрүү</translation>
    </message>
    <message>
        <source>Your recovery phrase</source>
        <translation>Калыбына келтирүү фразаңыз</translation>
    </message>
    <message>
        <source>Check your recovery phrase</source>
        <translation>Калыбына келтирүү фразаңызды текшериңиз</translation>
    </message>
    <message>
        <source>Restore from a recovery phrase</source>
        <translation>Калыбына келтирүү фразасы менен калыбына келтирүү</translation>
    </message>
    <message>
        <source>Import a keystore file</source>
        <translation>Keystore файлын импорттоо</translation>
    </message>
    <message>
        <source>Watch an address</source>
        <translation>Даректи көзөмөлдөө</translation>
    </message>
    <message>
        <source>Name and password</source>
        <translation>Аты жана сырсөз</translation>
    </message>
    <message>
        <source>Word {n}</source>
        <translation>{n}-сөз</translation>
    </message>
    <message>
        <source>Its first addresses: {evm} (BNB Chain, Ethereum) and {tron} (Tron)</source>
        <translation>Анын биринчи даректери: {evm} (BNB Chain, Ethereum) жана {tron} (Tron)</translation>
    </message>
    <message>
        <source>Its first address: {address}</source>
        <translation>Анын биринчи дареги: {address}</translation>
    </message>
    <message>
        <source>Opening the keystore file…</source>
        <translation>Keystore файлы ачылууда…</translation>
    </message>
    <message>
        <source>Creating the wallet and encrypting its keys…</source>
        <translation>Капчык түзүлүп, ачкычтары шифрленүүдө…</translation>
    </message>
    <message>
        <source>Wallet {n}</source>
        <translation>Капчык {n}</translation>
    </message>
    <message>
        <source>Watch {n}</source>
        <translation>Көзөмөл {n}</translation>
    </message>
    <message>
        <source>Choose a keystore file</source>
        <translation>Keystore файлын тандаңыз</translation>
    </message>
    <message>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation>Keystore файлдары (*.json);;Бардык файлдар (*)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <extracomment>how long &quot;Password accepted&quot; stays visible before the dialog closes and the action runs</extracomment>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Enter the password of the wallet “{wallet}”</source>
        <translation>«{wallet}» капчыгынын сырсөзүн киргизиңиз</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Кулпусун ачуу</translation>
    </message>
    <message>
        <source>Type the password first</source>
        <translation>Адегенде сырсөздү териңиз</translation>
    </message>
    <message>
        <source>Password accepted</source>
        <translation>Сырсөз кабыл алынды</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Сырсөз текшерилүүдө…</translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <source>Pending</source>
        <translation>Күтүүдөгүлөр</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Тармак</translation>
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
        <translation>Өткөн убакыт</translation>
    </message>
    <message>
        <source>Speed up</source>
        <translation>Тездетүү</translation>
    </message>
    <message>
        <source>Cancel transaction</source>
        <translation>Транзакцияны жокко чыгаруу</translation>
    </message>
    <message>
        <source>Signed, not sent yet</source>
        <translation>Кол коюлган, азырынча жөнөтүлө элек</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Ырасталды</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ишке ашкан жок</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Тармак четке какты</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Алмаштырылды</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>Тездетүү</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Stake for energy</source>
        <translation>Энергия үчүн стейкинг</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Стейктен чыгаруу</translation>
    </message>
    <message>
        <source>Withdraw unstaked TRX</source>
        <translation>Стейктен чыккан TRXти алуу</translation>
    </message>
    <message>
        <source>Cancel unstakes</source>
        <translation>Чыгарууларды жокко чыгаруу</translation>
    </message>
    <message>
        <source>Lend energy</source>
        <translation>Энергияны карызга берүү</translation>
    </message>
    <message>
        <source>Take back energy</source>
        <translation>Энергияны кайтаруу</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Которуу</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} сек.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мүн.</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} саат</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} күн</translation>
    </message>
    <message>
        <source>Could not reach {networks}; will try again</source>
        <translation>Байланыш жок: {networks}; кайра аракет кылабыз</translation>
    </message>
    <message>
        <source>Choose a pending transaction first</source>
        <translation>Адегенде күтүүдөгү транзакцияны тандаңыз</translation>
    </message>
    <message>
        <source>A watch-only account cannot sign, so it cannot replace a transaction</source>
        <translation>Көрүү үчүн гана ачылган эсеп кол кое албайт, ошондуктан транзакцияны алмаштыра албайт</translation>
    </message>
    <message>
        <source>Tron transactions cannot be sped up or cancelled; they confirm or expire within about a minute</source>
        <translation>Tron транзакцияларын тездетүүгө же жокко чыгарууга болбойт: алар болжол менен бир мүнөттүн ичинде ырасталат же мөөнөтү бүтөт</translation>
    </message>
    <message>
        <source>Only a pending transaction can be sped up or cancelled</source>
        <translation>Күтүүдөгү транзакцияны гана тездетүүгө же жокко чыгарууга болот</translation>
    </message>
    <message>
        <source>Working out the new fee…</source>
        <translation>Жаңы комиссия эсептелүүдө…</translation>
    </message>
    <message>
        <source>The replacement failed: {reason}</source>
        <translation>Алмаштыруу ишке ашкан жок: {reason}</translation>
    </message>
    <message>
        <source>Replacement sent: {txid}</source>
        <translation>Алмаштыруу жөнөтүлдү: {txid}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <extracomment>the QR code is always shown this big (in pixels), whatever the length of what it holds a saved PNG: this many pixels per module</extracomment>
        <translation>Алуу</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Тармак</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>милдеттүү эмес</translation>
    </message>
    <message>
        <source>Put the amount in the QR code too (only Kapchyk reads it; TronLink and most Tron wallets read just the address)</source>
        <translation>Сумманы да QR-кодго кошуу (аны Kapchyk гана окуйт; TronLink жана Tron капчыктарынын көбү даректи гана окуйт)</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Даректи &amp;көчүрүү</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>&amp;PNG катары сактоо…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Send {symbol} to {address} on {network}</source>
        <translation>{symbol} токенин {network} тармагында {address} дарегине жөнөтүңүз</translation>
    </message>
    <message>
        <source>Pay {amount} {symbol} to {address} on {network}</source>
        <translation>{amount} {symbol} суммасын {network} тармагында {address} дарегине төлөңүз</translation>
    </message>
    <message>
        <source>(for: {label})</source>
        <translation>(эмне үчүн: {label})</translation>
    </message>
    <message>
        <source>Send only {network} coins and tokens to this address, over {network}. Coins sent over another network do not arrive here and may be lost.</source>
        <translation>Бул дарекке {network} тармагынын монеталарын жана токендерин гана, {network} аркылуу гана жөнөтүңүз. Башка тармак аркылуу жөнөтүлгөн монеталар бул жакка келбейт жана жоголушу мүмкүн.</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>QR-кодду сактоо</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG сүрөттөрү (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} жазылган жок</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>optional, e.g. an order number</source>
        <translation>милдеттүү эмес, мисалы, буйрутманын номери</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Түшүндүрмө</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Cancel transaction</source>
        <translation>Транзакцияны жокко чыгаруу</translation>
    </message>
    <message>
        <source>A zero-value transfer to yourself with the same nonce and a higher fee replaces {txid}. If it is mined first, the original transfer never happens.</source>
        <translation>{txid} транзакциясын ошол эле nonce жана жогорураак комиссия менен өзүңүзгө нөл сумманы которуу алмаштырат. Эгер ал блокко биринчи кирсе, баштапкы которуу ишке ашпайт.</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Которууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>Speed up transaction</source>
        <translation>Транзакцияны тездетүү</translation>
    </message>
    <message>
        <source>The same transfer is sent again with the same nonce and a higher fee; it replaces {txid}.</source>
        <translation>Ошол эле которуу ошол эле nonce жана жогорураак комиссия менен кайра жөнөтүлөт; ал {txid} транзакциясын алмаштырат.</translation>
    </message>
    <message>
        <source>Speed up</source>
        <translation>Тездетүү</translation>
    </message>
    <message>
        <source>New network fee: at most {fee} {symbol}</source>
        <translation>Жаңы тармак комиссиясы: эң көп {fee} {symbol}</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Күтө туруу</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Кол коюлуп, жөнөтүлүүдө…</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Payment requests</source>
        <extracomment>expiry choices in seconds (None: never); the texts are set in retranslate()</extracomment>
        <translation>Төлөм сурамдары</translation>
    </message>
    <message>
        <source>Ask for a payment</source>
        <translation>Төлөм суроо</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Тармак</translation>
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
        <translation>Түшүндүрмө</translation>
    </message>
    <message>
        <source>optional, e.g. an order number</source>
        <translation>милдеттүү эмес, мисалы, буйрутманын номери</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 мүнөт</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 саат</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 күн</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 күн</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Мөөнөтсүз</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Сурам түзүү</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Шилтемени көчүрүү</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Түзүлгөн</translation>
    </message>
    <message>
        <source>Expires / paid</source>
        <translation>Мөөнөтү / төлөндү</translation>
    </message>
    <message>
        <source>Paid by / transaction</source>
        <translation>Ким төлөдү / транзакция</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Азыр текшерүү</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Сурамды жокко чыгаруу</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV файлына экспорттоо…</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Төлөм күтүлүүдө</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төлөндү</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мөөнөтү бүттү</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
    <message>
        <source>Paid by {txid}</source>
        <translation>{txid} транзакциясы менен төлөндү</translation>
    </message>
    <message>
        <source>{field}: {error}</source>
        <translation>{field}: {error}</translation>
    </message>
    <message>
        <source>Creating the request…</source>
        <translation>Сурам түзүлүүдө…</translation>
    </message>
    <message>
        <source>Request #{id} ({label}): {amount} {symbol} received</source>
        <translation>№{id} сурам ({label}): {amount} {symbol} келди</translation>
    </message>
    <message>
        <source>Request #{id}: {amount} {symbol} received</source>
        <translation>№{id} сурам: {amount} {symbol} келди</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Төлөм келди</translation>
    </message>
    <message>
        <source>Requests paid just now: {n}</source>
        <translation>Жаңы эле төлөнгөн сурамдар: {n}</translation>
    </message>
    <message>
        <source>Requests saved to {path}: {n}</source>
        <translation>{path} файлына сакталган сурамдар: {n}</translation>
    </message>
    <message>
        <source>Request #{id} is paid</source>
        <translation>№{id} сурам төлөндү</translation>
    </message>
    <message>
        <source>Export payment requests</source>
        <translation>Төлөм сурамдарын экспорттоо</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send</source>
        <translation>Жөнөтүү</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Тармак</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кимге</translation>
    </message>
    <message>
        <source>address, contact name or payment link (ethereum:… / tron:…)</source>
        <translation>дарек, байланыштын аты же төлөм шилтемеси (ethereum:… / tron:…)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Баарын</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Ылдамдык</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Жай</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Орточо</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Тез</translation>
    </message>
    <message>
        <source>{speed}: {fee}</source>
        <translation>{speed}: {fee}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Check everything before you send</source>
        <translation>Жөнөтүүдөн мурун баарын текшериңиз</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кимден</translation>
    </message>
    <message>
        <source>Recipient gets</source>
        <translation>Алуучу алат</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Тармак комиссиясы</translation>
    </message>
    <message>
        <source>Tron resources</source>
        <translation>Tron ресурстары</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Текшерүү</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артка</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Жөнөтүү</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Жа&amp;буу</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Даректи көчүрүү</translation>
    </message>
    <message>
        <source>Copy &amp;transaction ID</source>
        <translation>&amp;Транзакциянын ID көчүрүү</translation>
    </message>
    <message>
        <source>Open in &amp;explorer</source>
        <translation>&amp;Обозреватель аркылуу ачуу</translation>
    </message>
    <message>
        <source>Save to address &amp;book</source>
        <translation>Дарек &amp;китебине сактоо</translation>
    </message>
    <message>
        <source>Name for this address</source>
        <translation>Бул дарек үчүн ат</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Available: {amount} {symbol}</source>
        <translation>Жеткиликтүү: {amount} {symbol}</translation>
    </message>
    <message>
        <source>Contact: {label}</source>
        <translation>Байланыш: {label}</translation>
    </message>
    <message>
        <source>Payment link: “{label}”</source>
        <translation>Төлөм шилтемеси: «{label}»</translation>
    </message>
    <message>
        <source>Valid {network} address</source>
        <translation>{network} тармагынын туура дареги</translation>
    </message>
    <message>
        <source>This is this account&apos;s own address: the coins come back to you, less the fee</source>
        <translation>Бул ушул эсептин өз дареги: монеталар комиссиясы кармалып, өзүңүзгө кайтып келет</translation>
    </message>
    <message>
        <source>More than the {balance} {symbol} this account had at the last refresh</source>
        <translation>Акыркы жаңылоодо бул эсепте болгон {balance} {symbol} суммасынан көп</translation>
    </message>
    <message>
        <source>Working out the most you can send…</source>
        <translation>Эң көп канча жөнөтсө болорун эсептеп жатабыз…</translation>
    </message>
    <message>
        <source>Checking the transfer and the network fee…</source>
        <translation>Которууну жана тармак комиссиясын текшерип жатабыз…</translation>
    </message>
    <message>
        <source>Marked characters differ from an address you know.</source>
        <translation>Белгиленген символдор сиз билген даректен айырмаланат.</translation>
    </message>
    <message>
        <source>{amount} {symbol} (the issuer keeps a fee)</source>
        <translation>{amount} {symbol} (чыгаруучу комиссия кармап калат)</translation>
    </message>
    <message>
        <source>{expected}; at most {max}</source>
        <translation>{expected}; эң көп {max}</translation>
    </message>
    <message>
        <source>{fee} paid</source>
        <translation>{fee} төлөндү</translation>
    </message>
    <message>
        <source>at most {max}</source>
        <translation>эң көп {max}</translation>
    </message>
    <message>
        <source>paid with your energy: 0 TRX burned</source>
        <translation>сиздин энергия менен төлөндү: 0 TRX күйдү</translation>
    </message>
    <message>
        <source>{amount} {symbol} + up to {fee} {native}</source>
        <translation>{amount} {symbol} + {fee} {native} чейин</translation>
    </message>
    <message>
        <source>Tick every warning above to confirm you have read it</source>
        <translation>Окуганыңызды ырастоо үчүн жогорудагы ар бир эскертүүнү белгилеңиз</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Кол коюлуп, жөнөтүлүүдө…</translation>
    </message>
    <message>
        <source>Transaction: {txid}</source>
        <translation>Транзакция: {txid}</translation>
    </message>
    <message>
        <source>Confirmed in block {block}</source>
        <translation>{block} блогунда ырасталды</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Ишке ашкан жок: {reason}</translation>
    </message>
    <message>
        <source>Dropped by the network: nothing was sent</source>
        <translation>Тармак транзакцияны кабыл алган жок: эч нерсе жөнөтүлгөн жок</translation>
    </message>
    <message>
        <source>Replaced by another transaction</source>
        <translation>Башка транзакция менен алмаштырылды</translation>
    </message>
    <message>
        <source>Signed and saved; not broadcast yet: {reason}</source>
        <translation>Кол коюлуп, сакталды; тармакка али жөнөтүлө элек: {reason}</translation>
    </message>
    <message>
        <source>Sent; waiting for confirmation…</source>
        <translation>Жөнөтүлдү; ырастоо күтүлүүдө…</translation>
    </message>
    <message>
        <source>Copied: {text}</source>
        <translation>Көчүрүлдү: {text}</translation>
    </message>
    <message>
        <source>Saved to the address book as “{name}”</source>
        <translation>Дарек китебине «{name}» деп сакталды</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>endpoints, API keys or tokens changed: balances should be shown again</extracomment>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Коопсуздук</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Тармактар</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токендер</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Орнотууну текшерүү</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тил:</translation>
    </message>
    <message>
        <source>Network mode:</source>
        <translation>Тармак режими:</translation>
    </message>
    <message>
        <source>Mainnet (real money)</source>
        <translation>Mainnet (чыныгы акча)</translation>
    </message>
    <message>
        <source>Testnet (test coins without value)</source>
        <translation>Testnet (баасы жок сыноо монеталары)</translation>
    </message>
    <message>
        <source>Devnet (local chains on this computer)</source>
        <translation>Devnet (ушул компьютердеги жергиликтүү тармактар)</translation>
    </message>
    <message>
        <source>Show values in:</source>
        <translation>Наркын көрсөтүү:</translation>
    </message>
    <message>
        <source>Kyrgyz som (KGS)</source>
        <translation>Кыргыз сому (KGS)</translation>
    </message>
    <message>
        <source>US dollar (USD)</source>
        <translation>АКШ доллары (USD)</translation>
    </message>
    <message>
        <source>Russian ruble (RUB)</source>
        <translation>Орус рубли (RUB)</translation>
    </message>
    <message>
        <source>Kazakh tenge (KZT)</source>
        <translation>Казак теңгеси (KZT)</translation>
    </message>
    <message>
        <source>Euro (EUR)</source>
        <translation>Евро (EUR)</translation>
    </message>
    <message>
        <source>Chinese yuan (CNY)</source>
        <translation>Кытай юаны (CNY)</translation>
    </message>
    <message>
        <source>Each mode keeps its own wallets, contacts and history. Changing the mode reopens the wallet in that mode.</source>
        <translation>Ар бир режимдин өз капчыктары, байланыштары жана тарыхы бар. Режимди алмаштырганда капчык ошол режимде кайра ачылат.</translation>
    </message>
    <message>
        <source>Lock after idle minutes:</source>
        <translation>Аракетсиз канча мүнөттөн кийин кулпулоо:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Эч качан</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мүн</translation>
    </message>
    <message>
        <source>With no key press or mouse use for this long, unlocked wallets lock and the next send asks for the password again. 0 means never.</source>
        <translation>Ушунча убакыт баскыч басылбаса же чычкан колдонулбаса, кулпусу ачык капчыктар кулпуланат жана кийинки жөнөтүүдө сырсөз кайра суралат. 0 — эч качан.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Тармак:</translation>
    </message>
    <message>
        <source>https://… address of another node</source>
        <translation>башка түйүндүн https://… дареги</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>TronGrid API key (kept in the OS keyring, never in a file):</source>
        <translation>TronGrid API ачкычы (файлда эмес, системанын ачкыч сактагычында сакталат):</translation>
    </message>
    <message>
        <source>paste a new key</source>
        <translation>жаңы ачкычты коюңуз</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Ачкычты сактоо</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Ачкычты өчүрүү</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Контракт</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Үтүрдөн кийинки белгилер</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Көрсөтүлөт</translation>
    </message>
    <message>
        <source>token contract address</source>
        <translation>токен контрактынын дареги</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>Токен кошуу</translation>
    </message>
    <message>
        <source>  (added by you)</source>
        <translation>  (сиз кошкон)</translation>
    </message>
    <message>
        <source>Added {url}</source>
        <translation>{url} кошулду</translation>
    </message>
    <message>
        <source>Removed {url}</source>
        <translation>{url} өчүрүлдү</translation>
    </message>
    <message>
        <source>Asking {url}…</source>
        <translation>{url} дарегинен суралууда…</translation>
    </message>
    <message>
        <source>{url} does not work: {error}</source>
        <translation>{url} иштебейт: {error}</translation>
    </message>
    <message>
        <source>{url} works: chain id {chain_id}, block {block}, {ms} ms</source>
        <translation>{url} иштейт: chain id {chain_id}, блок {block}, {ms} мс</translation>
    </message>
    <message>
        <source>{url} works: the right chain, block {block}, {ms} ms</source>
        <translation>{url} иштейт: туура тармак, блок {block}, {ms} мс</translation>
    </message>
    <message>
        <source>Etherscan API key, for the transfer history (kept in the OS keyring, never in a file):</source>
        <translation>Которуулар тарыхы үчүн Etherscan API ачкычы (файлда эмес, системанын ачкыч сактагычында сакталат):</translation>
    </message>
    <message>
        <source>A key is saved for this network.</source>
        <translation>Бул тармак үчүн ачкыч сакталган.</translation>
    </message>
    <message>
        <source>No key saved: public nodes answer, but limit requests without one.</source>
        <translation>Ачкыч сакталган эмес: коомдук түйүндөр жооп беришет, бирок ачкычсыз суроо-талаптардын санын чектешет.</translation>
    </message>
    <message>
        <source>No key saved: the history shows only this wallet&apos;s own sends. A free key: https://etherscan.io/myapikey</source>
        <translation>Ачкыч сакталган эмес: тарыхта бул капчыктан жөнөтүлгөндөр гана көрүнөт. Акысыз ачкыч: https://etherscan.io/myapikey</translation>
    </message>
    <message>
        <source>Saving the key in the OS keyring…</source>
        <translation>Ачкыч системанын ачкыч сактагычына сакталууда…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>жашырылган</translation>
    </message>
    <message>
        <source>Show in balances</source>
        <translation>Калдыктарда көрсөтүү</translation>
    </message>
    <message>
        <source>Hide from balances</source>
        <translation>Калдыктардан жашыруу</translation>
    </message>
    <message>
        <source>{symbol} is shown in balances</source>
        <translation>{symbol} калдыктарда көрсөтүлөт</translation>
    </message>
    <message>
        <source>{symbol} is hidden from balances</source>
        <translation>{symbol} калдыктардан жашырылды</translation>
    </message>
    <message>
        <source>Reading the token from the network…</source>
        <translation>Токендин маалыматы тармактан окулууда…</translation>
    </message>
    <message>
        <source>Added {symbol} ({name}, {decimals} decimals)</source>
        <translation>{symbol} кошулду ({name}, үтүрдөн кийинки белгилер: {decimals})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source> ({n} serve(s) another chain)</source>
        <translation> (башка тармактын түйүндөрү: {n})</translation>
    </message>
    <message>
        <source>--password-fd {fd} is not an open file descriptor</source>
        <translation>--password-fd {fd} ачык файл дескриптору эмес</translation>
    </message>
    <message>
        <source>Tron transactions cannot be sped up or cancelled; an unconfirmed one expires by itself</source>
        <translation>Tron транзакцияларын тездетүүгө же жокко чыгарууга болбойт; ырастала элек транзакциянын мөөнөтү өзү эле бүтөт</translation>
    </message>
    <message>
        <source>a key of wallet {wallet} is missing from the OS keyring; restore the wallet from its recovery phrase or key</source>
        <translation>{wallet} капчыгынын ачкычы системанын ачкыч сактагычында жок; капчыкты калыбына келтирүү фразасы же ачкыч менен калыбына келтириңиз</translation>
    </message>
    <message>
        <source>a keyring entry of wallet {wallet} has been altered and was not used; remove the wallet and restore it from its recovery phrase or key</source>
        <translation>{wallet} капчыгынын ачкыч сактагычтагы жазуусу өзгөртүлгөн, ошондуктан колдонулган жок; капчыкты өчүрүп, калыбына келтирүү фразасы же ачкыч менен калыбына келтириңиз</translation>
    </message>
    <message>
        <source>a keyring entry of wallet {wallet} is damaged; restore the wallet from its recovery phrase or key</source>
        <translation>{wallet} капчыгынын ачкыч сактагычтагы жазуусу бузулган; капчыкты калыбына келтирүү фразасы же ачкыч менен калыбына келтириңиз</translation>
    </message>
    <message>
        <source>a new recovery phrase has 12 or 24 words, not {n}</source>
        <translation>жаңы калыбына келтирүү фразасы {n} эмес, 12 же 24 сөздөн турат</translation>
    </message>
    <message>
        <source>a past payee</source>
        <translation>мурда акча жөнөткөн алуучуңуз</translation>
    </message>
    <message>
        <source>a private key is 64 hex digits (optionally starting with 0x); this is {n} characters</source>
        <translation>жеке ачкыч 64 он алтылык цифрадан турат (башында 0x болушу мүмкүн); бул жерде {n} символ</translation>
    </message>
    <message>
        <source>a recovery phrase has 12, 15, 18, 21 or 24 words; this one has {n}</source>
        <translation>калыбына келтирүү фразасы 12, 15, 18, 21 же 24 сөздөн турат; бул фразада {n} сөз</translation>
    </message>
    <message>
        <source>a token payment link must not also send the native coin (value=)</source>
        <translation>токен үчүн төлөм шилтемеси тармактын негизги монетасын да жөнөтпөшү керек (value=)</translation>
    </message>
    <message>
        <source>a watch-only address starts with 0x (BNB Chain, Ethereum) or T (Tron)</source>
        <translation>көрүү үчүн дарек 0x (BNB Chain, Ethereum) же T (Tron) менен башталат</translation>
    </message>
    <message>
        <source>a {network} address has 34 characters; this one has {n}</source>
        <translation>{network} тармагынын дареги 34 символдон турат; бул даректе {n}</translation>
    </message>
    <message>
        <source>a {network} address has 40 hex digits after 0x; this one has {n}</source>
        <translation>{network} тармагынын дарегинде 0x кийин 40 он алтылык цифра болот; бул даректе {n}</translation>
    </message>
    <message>
        <source>a {network} address starts with 0x; this one starts with {first!r}</source>
        <translation>{network} тармагынын дареги 0x менен башталат; бул дарек {first!r} менен башталат</translation>
    </message>
    <message>
        <source>a {network} address starts with T; this one starts with {first!r}</source>
        <translation>{network} тармагынын дареги T менен башталат; бул дарек {first!r} менен башталат</translation>
    </message>
    <message>
        <source>account {label} has no {chain} address</source>
        <translation>{label} эсебинде {chain} дареги жок</translation>
    </message>
    <message>
        <source>account {label} has no {network} address</source>
        <translation>{label} эсебинде {network} тармагындагы дарек жок</translation>
    </message>
    <message>
        <source>address</source>
        <translation>дарек</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>amount in the URI</source>
        <translation>шилтемедеги сумма</translation>
    </message>
    <message>
        <source>amount in the payment link</source>
        <translation>төлөм шилтемесиндеги сумма</translation>
    </message>
    <message>
        <source>amount={value!r} in the payment link is not a plain decimal number like 12.5</source>
        <translation>төлөм шилтемесиндеги amount={value!r} 12.5 сыяктуу жөнөкөй ондук сан эмес</translation>
    </message>
    <message>
        <source>an API key is one word of up to 200 characters</source>
        <translation>API ачкычы 200 символго чейинки бир сөз болушу керек</translation>
    </message>
    <message>
        <source>an address in this transfer is frozen by the issuer of {symbol}</source>
        <translation>бул которуудагы даректердин бири {symbol} чыгаруучусу тарабынан тоңдурулган</translation>
    </message>
    <message>
        <source>an endpoint is an http:// or https:// URL; {url!r} is not</source>
        <translation>түйүндүн дареги http:// же https:// шилтемеси болушу керек; {url!r} андай эмес</translation>
    </message>
    <message>
        <source>anvil is not installed; run `make setup` (it installs @foundry-rs/anvil from npm)</source>
        <translation>anvil орнотулган эмес; `make setup` буйругун аткарыңыз (ал @foundry-rs/anvil пакетин npm&apos;ден орнотот)</translation>
    </message>
    <message>
        <source>cannot reach {network}: none of its {n} node(s) answered{extra}; check your internet connection or add another endpoint</source>
        <translation>{network} тармагы менен байланыш жок: анын {n} түйүнүнүн бири да жооп берген жок{extra}; интернет байланышын текшериңиз же башка түйүн кошуңуз</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file} файлын окуу мүмкүн эмес: {reason}</translation>
    </message>
    <message>
        <source>character {pos} ({ch!r}) cannot appear in a {network} address{hint}</source>
        <translation>{pos}-символ ({ch!r}) {network} тармагынын дарегинде болбойт{hint}</translation>
    </message>
    <message>
        <source>character {pos} ({ch!r}) is not a hex digit; a {network} address is 0x and 40 hex digits</source>
        <translation>{pos}-символ ({ch!r}) он алтылык цифра эмес; {network} тармагынын дареги 0x жана 40 он алтылык цифрадан турат</translation>
    </message>
    <message>
        <source>choose the chain of the key: BNB Chain / Ethereum (0x…) or Tron (T…)</source>
        <translation>ачкычтын тармагын тандаңыз: BNB Chain / Ethereum (0x…) же Tron (T…)</translation>
    </message>
    <message>
        <source>choose the chain of the key: evm or tron</source>
        <translation>ачкычтын тармагын тандаңыз: evm же tron</translation>
    </message>
    <message>
        <source>choose the keystore file</source>
        <translation>keystore файлын тандаңыз</translation>
    </message>
    <message>
        <source>confirm these warnings first: {warnings}</source>
        <translation>алгач бул эскертүүлөрдү ырастаңыз: {warnings}</translation>
    </message>
    <message>
        <source>could not read your {symbol} balance from {network}</source>
        <translation>{network} тармагынан {symbol} калдыгыңызды билүү мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>{path} жазуу мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>enter the address to watch</source>
        <translation>байкала турган даректи жазыңыз</translation>
    </message>
    <message>
        <source>enter the keystore file&apos;s password</source>
        <translation>keystore файлынын сырсөзүн жазыңыз</translation>
    </message>
    <message>
        <source>enter the recipient&apos;s address, a contact&apos;s name or a payment link</source>
        <translation>алуучунун дарегин, байланыштын атын же төлөм шилтемесин киргизиңиз</translation>
    </message>
    <message>
        <source>enter your recovery phrase</source>
        <translation>калыбына келтирүү фразаңызды киргизиңиз</translation>
    </message>
    <message>
        <source>every word is valid but the phrase&apos;s checksum does not match: a word is wrong or two words are swapped</source>
        <translation>бардык сөздөр туура, бирок фразанын текшерүү суммасы дал келбейт: бир сөз туура эмес же эки сөздүн орду алмашып калган</translation>
    </message>
    <message>
        <source>file descriptor {fd} ended before the {what} was given</source>
        <translation>{fd} файл дескриптору {what} берилгенге чейин бүтүп калды</translation>
    </message>
    <message>
        <source>give the contact a name</source>
        <translation>байланышка ат бериңиз</translation>
    </message>
    <message>
        <source>give the wallet a name</source>
        <translation>капчыкка ат бериңиз</translation>
    </message>
    <message>
        <source>migration {name} is out of sequence</source>
        <translation>{name} миграциясы кезегинен тышкары</translation>
    </message>
    <message>
        <source>no OS keyring is available to keep your keys: on Linux install and start gnome-keyring (or another Secret Service such as KeePassXC) and log in to a desktop session</source>
        <translation>ачкычтарыңызды сактоо үчүн системанын ачкыч сактагычы жок: Linux&apos;та gnome-keyring (же KeePassXC сыяктуу башка Secret Service кызматын) орнотуп, иштетиңиз жана иш столунун сеансына кириңиз</translation>
    </message>
    <message>
        <source>no account has a {network} address</source>
        <translation>эч бир эсепте {network} тармагындагы дарек жок</translation>
    </message>
    <message>
        <source>no account has a {network} address; create or import a wallet first</source>
        <translation>эч бир эсепте {network} тармагындагы дарек жок; алгач капчык түзүңүз же импорттоңуз</translation>
    </message>
    <message>
        <source>no account {ref!r}; `kapchyk account list` shows them</source>
        <translation>{ref!r} эсеби жок; эсептердин тизмесин `kapchyk account list` көрсөтөт</translation>
    </message>
    <message>
        <source>no address to fund: give one, or create a devnet wallet first</source>
        <translation>толуктоо үчүн дарек жок: дарек көрсөтүңүз же алгач devnet капчыгын түзүңүз</translation>
    </message>
    <message>
        <source>no contact {ref!r} on {network}</source>
        <translation>{network} тармагында {ref!r} байланышы жок</translation>
    </message>
    <message>
        <source>no devnet has been started in {folder}; run `kapchyk devnet` first</source>
        <translation>{folder} папкасында devnet ишке киргизилген эмес; алгач `kapchyk devnet` буйругун аткарыңыз</translation>
    </message>
    <message>
        <source>no endpoints are configured for {network}</source>
        <translation>{network} тармагы үчүн бир да түйүн жөндөлгөн эмес</translation>
    </message>
    <message>
        <source>no network {id!r} in {mode} mode (known: {known})</source>
        <translation>{mode} режиминде {id!r} тармагы жок (белгилүүлөрү: {known})</translation>
    </message>
    <message>
        <source>no payment request #{id}</source>
        <translation>№{id} төлөм сурамы жок</translation>
    </message>
    <message>
        <source>no terminal to ask for confirmation; pass --yes</source>
        <translation>ырастоону суроо үчүн терминал жок; --yes параметрин бериңиз</translation>
    </message>
    <message>
        <source>no terminal to ask for the {what}; pass it with --password-fd N</source>
        <translation>{what} суроо үчүн терминал жок; аны --password-fd N аркылуу бериңиз</translation>
    </message>
    <message>
        <source>no token with contract {contract} on {network}; add it first</source>
        <translation>{network} тармагында {contract} контракты менен токен жок; алгач аны кошуңуз</translation>
    </message>
    <message>
        <source>no token {symbol!r} on {network} (known: {known})</source>
        <translation>{network} тармагында {symbol!r} токени жок (белгилүүлөрү: {known})</translation>
    </message>
    <message>
        <source>no transaction #{id} in this wallet&apos;s journal</source>
        <translation>бул капчыктын журналында №{id} транзакция жок</translation>
    </message>
    <message>
        <source>no transaction {ref} in this wallet&apos;s journal</source>
        <translation>бул капчыктын журналында {ref} транзакциясы жок</translation>
    </message>
    <message>
        <source>no wallet {ref!r}; `kapchyk wallet list` shows them</source>
        <translation>{ref!r} капчыгы жок; капчыктардын тизмесин `kapchyk wallet list` көрсөтөт</translation>
    </message>
    <message>
        <source>no {what} was given</source>
        <translation>{what} берилген жок</translation>
    </message>
    <message>
        <source>not broadcast yet: {reason}</source>
        <translation>тармакка али жөнөтүлө элек: {reason}</translation>
    </message>
    <message>
        <source>not confirmed; nothing was removed</source>
        <translation>ырасталган жок; эч нерсе өчүрүлгөн жок</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>жөнөтүлгөн жок</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>эч нерсе өзгөргөн жок</translation>
    </message>
    <message>
        <source>only recovery-phrase wallets have a backup to verify</source>
        <translation>резервдик көчүрмөнү калыбына келтирүү фразасы бар капчыктарда гана текшерүүгө болот</translation>
    </message>
    <message>
        <source>only the oldest pending transaction (nonce {lowest}) can be sped up or cancelled; this one waits behind it</source>
        <translation>эң эски күтүүдөгү транзакцияны гана (nonce {lowest}) тездетүүгө же жокко чыгарууга болот; бул транзакция анын артында кезек күтүп турат</translation>
    </message>
    <message>
        <source>only wallets made from a recovery phrase can have more accounts; {label} holds a single key or address</source>
        <translation>калыбына келтирүү фразасынан түзүлгөн капчыктарда гана кошумча эсептер болот; {label} бир гана ачкычты же даректи сактайт</translation>
    </message>
    <message>
        <source>parameter {key!r} appears twice in the payment link</source>
        <translation>{key!r} параметри төлөм шилтемесинде эки жолу кездешет</translation>
    </message>
    <message>
        <source>parameter {key!r} in the payment link has no value</source>
        <translation>төлөм шилтемесиндеги {key!r} параметринин мааниси жок</translation>
    </message>
    <message>
        <source>payment requests are for tokens (KGST, USDKG…); choose one</source>
        <translation>төлөм сурамдары токендер үчүн (KGST, USDKG…); токенди тандаңыз</translation>
    </message>
    <message>
        <source>recipient address</source>
        <translation>алуучунун дареги</translation>
    </message>
    <message>
        <source>recipient: {reason}</source>
        <translation>алуучу: {reason}</translation>
    </message>
    <message>
        <source>removing a wallet needs --yes when there is no terminal</source>
        <translation>терминал жок болгондо капчыкты өчүрүү үчүн --yes параметри керек</translation>
    </message>
    <message>
        <source>removing a wallet needs its password</source>
        <translation>капчыкты өчүрүү үчүн анын сырсөзү керек</translation>
    </message>
    <message>
        <source>sending on {network} is not available in this build yet</source>
        <translation>бул версияда {network} тармагында жөнөтүү азырынча жеткиликсиз</translation>
    </message>
    <message>
        <source>setting {field!r} must be {expected}; {value!r} is not</source>
        <translation>{field!r} жөндөөсү {expected} болушу керек; {value!r} туура келбейт</translation>
    </message>
    <message>
        <source>several accounts can do this on {network}; choose one with --from/--account</source>
        <translation>{network} тармагында муну бир нече эсеп аткара алат; --from/--account аркылуу бирөөнү тандаңыз</translation>
    </message>
    <message>
        <source>several tokens on {network} are called {symbol}; give the contract address</source>
        <translation>{network} тармагында бир нече токен {symbol} деп аталат; контракттын дарегин көрсөтүңүз</translation>
    </message>
    <message>
        <source>several wallets are called {label!r}; use the wallet id</source>
        <translation>бир нече капчык {label!r} деп аталат; капчыктын id&apos;син колдонуңуз</translation>
    </message>
    <message>
        <source>something went wrong; details are in the log</source>
        <translation>бир нерсе туура эмес болуп кетти; чоо-жайы журналда</translation>
    </message>
    <message>
        <source>paste the private key</source>
        <translation>жеке ачкычты чаптаңыз</translation>
    </message>
    <message>
        <source> (nonce {n})</source>
        <translation> (nonce {n})</translation>
    </message>
    <message>
        <source>BNB Chain or Ethereum</source>
        <translation>BNB Chain же Ethereum</translation>
    </message>
    <message>
        <source>a display is available for the desktop app</source>
        <translation>колдонмо үчүн экран бар</translation>
    </message>
    <message>
        <source>a loan can be locked for 1 to {max} days on this network, not {days}</source>
        <translation>бул тармакта карызды 1ден {max} күнгө чейин бекитүүгө болот, {days} эмес</translation>
    </message>
    <message>
        <source>a replacement with the same nonce is pending; whichever is mined first counts</source>
        <translation>ошол эле nonce менен алмаштыруу күтүүдө; блокко биринчи киргени эсептелет</translation>
    </message>
    <message>
        <source>block {block} of {network} holds more transfers than the explorer API can list</source>
        <translation>{network} тармагынын {block} блогунда обозреватель API бере алгандан көп которуу бар</translation>
    </message>
    <message>
        <source>cannot reach the {network} explorer API; check your internet connection</source>
        <translation>{network} обозревателинин API менен байланыш жок; интернет байланышын текшериңиз</translation>
    </message>
    <message>
        <source>cannot write the log file {path} ({reason}); continuing without a log</source>
        <translation>{path} журнал файлына жазуу мүмкүн эмес ({reason}); журналсыз уланат</translation>
    </message>
    <message>
        <source>check the internet connection, or set working URLs with `kapchyk prices urls {id} URL`</source>
        <translation>интернет байланышын текшериңиз же иштеген даректерди `kapchyk prices urls {id} URL` буйругу менен коюңуз</translation>
    </message>
    <message>
        <source>check the internet connection; add a working endpoint with `kapchyk endpoints add --network {id} URL` (or in Settings → Endpoints)</source>
        <translation>интернет байланышын текшериңиз; иштеген түйүндү `kapchyk endpoints add --network {id} URL` буйругу менен кошуңуз (же Жөндөөлөр → Түйүндөр бөлүмүндө)</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>байланышуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>give --days or --seconds: how far to move the devnet clock</source>
        <translation>--days же --seconds бериңиз: devnet саатын канчага жылдыруу керек</translation>
    </message>
    <message>
        <source>give the amount with --amount (the recipient names no amount)</source>
        <translation>сумманы --amount менен көрсөтүңүз (алуучу сумманы көрсөткөн жок)</translation>
    </message>
    <message>
        <source>keep the file (nothing was changed); restore it from a backup, or move it away and restore your wallet from its recovery phrase</source>
        <translation>файлды сактаңыз (эч нерсе өзгөргөн жок); аны камдык көчүрмөдөн калыбына келтириңиз, же башка жерге жылдырып, капчыгыңызды калыбына келтирүү сөз айкашы менен калыбына келтириңиз</translation>
    </message>
    <message>
        <source>make it writable (chmod u+w {path}) or choose another with --data-dir</source>
        <translation>ага жазууга уруксат бериңиз (chmod u+w {path}) же --data-dir аркылуу башкасын тандаңыз</translation>
    </message>
    <message>
        <source>no wallet yet: `kapchyk wallet create` or `kapchyk wallet restore`</source>
        <translation>азырынча капчык жок: `kapchyk wallet create` же `kapchyk wallet restore`</translation>
    </message>
    <message>
        <source>nothing can be withdrawn yet; the next unstake is ready at {ready}</source>
        <translation>азырынча алууга эч нерсе жок; кийинки чыгаруу {ready} даяр болот</translation>
    </message>
    <message>
        <source>nothing was done</source>
        <translation>эч нерсе жасалган жок</translation>
    </message>
    <message>
        <source>nothing was signed: the nodes of {network} disagree about your account — {first} reports {balance1} {native}{nonce1}, {second} reports {balance2} {native}{nonce2}. One of them is wrong; check or remove it in the endpoint settings</source>
        <translation>эч нерсе кол коюлган жок: {network} тармагынын түйүндөрү эсебиңиз боюнча макул эмес — {first} {balance1} {native}{nonce1} дейт, {second} {balance2} {native}{nonce2} дейт. Алардын бири жаңылышат; түйүн жөндөөлөрүнөн аны текшериңиз же өчүрүңүз</translation>
    </message>
    <message>
        <source>only energy can be lent here</source>
        <translation>бул жерде энергияны гана карызга берүүгө болот</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429)</source>
        <translation>суроолор өтө көп (HTTP 429)</translation>
    </message>
    <message>
        <source>receiver: {reason}</source>
        <translation>алуучу: {reason}</translation>
    </message>
    <message>
        <source>remove or replace the failing ones: {failing}</source>
        <translation>иштебегендерин өчүрүңүз же алмаштырыңыз: {failing}</translation>
    </message>
    <message>
        <source>remove the endpoints that serve another chain than {network} ({wrong}) with `kapchyk endpoints remove --network {id} URL`; add a working endpoint with `kapchyk endpoints add --network {id} URL` (or in Settings → Endpoints)</source>
        <translation>{network} эмес, башка тармакты тейлеген түйүндөрдү ({wrong}) `kapchyk endpoints remove --network {id} URL` буйругу менен өчүрүңүз; иштеген түйүндү `kapchyk endpoints add --network {id} URL` буйругу менен кошуңуз (же Жөндөөлөр → Түйүндөр бөлүмүндө)</translation>
    </message>
    <message>
        <source>resource must be energy or bandwidth, not {resource}</source>
        <translation>ресурс energy же bandwidth болушу керек, {resource} эмес</translation>
    </message>
    <message>
        <source>restart the keyring service (log out and in), or use another Secret Service</source>
        <translation>ачкыч сактагыч кызматын кайра иштетиңиз (сеанстан чыгып, кайра кириңиз) же башка Secret Service колдонуңуз</translation>
    </message>
    <message>
        <source>set the clock automatically (timedatectl set-ntp true, or the system&apos;s date settings): transactions signed with a wrong clock expire or are refused</source>
        <translation>саатты автоматтык түрдө коюңуз (timedatectl set-ntp true же системанын күн жөндөөлөрү): туура эмес саат менен кол коюлган транзакциялардын мөөнөтү бүтөт же четке кагылат</translation>
    </message>
    <message>
        <source>several accounts are called {ref!r}; use wallet/account (e.g. {example}) or the address</source>
        <translation>бир нече эсеп {ref!r} деп аталат; капчык/эсепти (мисалы, {example}) же даректи көрсөтүңүз</translation>
    </message>
    <message>
        <source>staking for energy is a Tron feature; {network} has no energy to stake for</source>
        <translation>энергия үчүн стейкинг Tronдо гана бар; {network} тармагында энергия жок</translation>
    </message>
    <message>
        <source>the OS keyring cannot keep keys</source>
        <translation>системанын ачкыч сактагычы ачкычтарды сактай албайт</translation>
    </message>
    <message>
        <source>the OS keyring did not give back what was written to it</source>
        <translation>системанын ачкыч сактагычы ага жазылганды кайтарып берген жок</translation>
    </message>
    <message>
        <source>the OS keyring is locked: unlock it (log in to your desktop session or open your keyring manager) and try again</source>
        <translation>системанын ачкыч сактагычы кулпуланган: аны ачыңыз (иш столунун сеансына кириңиз же ачкыч башкаргычын ачыңыз) жана кайра аракет кылыңыз</translation>
    </message>
    <message>
        <source>the OS keyring is unlocked and writable ({backend})</source>
        <translation>системанын ачкыч сактагычы ачык жана ага жазууга болот ({backend})</translation>
    </message>
    <message>
        <source>the Tron devnet is not running</source>
        <translation>Tron жергиликтүү тармагы (devnet) иштеген жок</translation>
    </message>
    <message>
        <source>the account does not have enough TRX for the bandwidth fee</source>
        <translation>эсепте өткөрүү жөндөмүнүн акысын төлөөгө TRX жетишсиз</translation>
    </message>
    <message>
        <source>the account does not have enough {native} for this amount and the network fee</source>
        <translation>эсепте бул сумма жана тармак комиссиясы үчүн {native} жетишсиз</translation>
    </message>
    <message>
        <source>the account does not have enough {symbol}</source>
        <translation>эсепте {symbol} жетишсиз</translation>
    </message>
    <message>
        <source>the address contains a space or line break</source>
        <translation>даректе боштук же жаңы сап бар</translation>
    </message>
    <message>
        <source>the amount is out of range</source>
        <translation>сумма уруксат берилген чектен чыгып кетти</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>сумма нөлдөн чоң болушу керек</translation>
    </message>
    <message>
        <source>the answer was not valid JSON</source>
        <translation>жооп туура JSON эмес</translation>
    </message>
    <message>
        <source>the chain id {chain!r} in the payment link is not valid</source>
        <translation>төлөм шилтемесиндеги {chain!r} тармак идентификатору туура эмес</translation>
    </message>
    <message>
        <source>the checksum (upper/lower case letters) of this address does not match — check for a typo</source>
        <translation>бул даректин текшерүү суммасы (баш жана кичине тамгалар) дал келбейт — ката жок экенин текшериңиз</translation>
    </message>
    <message>
        <source>the checksum of this {network} address does not match — check for a typo</source>
        <translation>бул {network} дарегинин текшерүү суммасы дал келбейт — ката жок экенин текшериңиз</translation>
    </message>
    <message>
        <source>the contract at {address} does not look like a token (symbol {symbol!r}, {decimals} decimals)</source>
        <translation>{address} дарегиндеги контракт токенге окшобойт (символу {symbol!r}, үтүрдөн кийинки белгилер: {decimals})</translation>
    </message>
    <message>
        <source>the contract at {address} is not a TRC-20 token</source>
        <translation>{address} дарегиндеги контракт TRC-20 токени эмес</translation>
    </message>
    <message>
        <source>the contract at {address} is not an ERC-20 token (no symbol or decimals)</source>
        <translation>{address} дарегиндеги контракт ERC-20 токени эмес (символу же ондук белгилеринин саны жок)</translation>
    </message>
    <message>
        <source>the data folder {folder} is read-only: the wallet can show what it has but not change anything</source>
        <translation>{folder} маалымат папкасы окуу үчүн гана: капчык сакталганды көрсөтө алат, бирок эч нерсени өзгөртө албайт</translation>
    </message>
    <message>
        <source>the data folder {path} is not writable ({reason})</source>
        <translation>{path} маалымат папкасына жазууга болбойт ({reason})</translation>
    </message>
    <message>
        <source>the data folder {path} is writable</source>
        <translation>{path} маалымат папкасына жазууга болот</translation>
    </message>
    <message>
        <source>the desktop app cannot open a window here</source>
        <translation>колдонмо бул жерде терезе ача албайт</translation>
    </message>
    <message>
        <source>the devnet at {url} is not running; start it with `kapchyk devnet`</source>
        <translation>{url} дарегиндеги devnet иштеген жок; аны `kapchyk devnet` буйругу менен ишке киргизиңиз</translation>
    </message>
    <message>
        <source>the energy you lent to {receiver} is already locked until {date}; a new locked loan to it must last at least until then</source>
        <translation>{receiver} дарегине карызга берилген энергия {date} чейин бекитилген; ага жаңы бекитилген карыз жок дегенде ошого чейин созулушу керек</translation>
    </message>
    <message>
        <source>the fee is below the network&apos;s current base fee; get a new quote</source>
        <translation>комиссия тармактын учурдагы базалык комиссиясынан төмөн; которууну кайра эсептеңиз</translation>
    </message>
    <message>
        <source>the fee is below what the network accepts right now</source>
        <translation>комиссия тармак азыр кабыл алгандан төмөн</translation>
    </message>
    <message>
        <source>the gas coin</source>
        <translation>комиссия төлөнүүчү монета</translation>
    </message>
    <message>
        <source>the gas limit is too low for this transaction</source>
        <translation>газ чеги бул транзакция үчүн өтө аз</translation>
    </message>
    <message>
        <source>the issuer has paused {symbol}; transfers are stopped for now</source>
        <translation>чыгаруучу {symbol} токенин убактылуу токтотту; которуулар азырынча жүрбөйт</translation>
    </message>
    <message>
        <source>the keyring entry of wallet {wallet} is damaged ({problem}); restore the wallet from its recovery phrase or key</source>
        <translation>{wallet} капчыгынын ачкыч сактагычтагы жазуусу бузулган ({problem}); капчыкты калыбына келтирүү фразасы же ачкыч менен калыбына келтириңиз</translation>
    </message>
    <message>
        <source>the keys of wallet {wallet} are not in the OS keyring (it may have been reset or this is another computer); restore the wallet from its recovery phrase or key</source>
        <translation>{wallet} капчыгынын ачкычтары системанын ачкыч сактагычында жок (ал тазаланган болушу мүмкүн же бул башка компьютер); капчыкты калыбына келтирүү фразасы же ачкыч менен калыбына келтириңиз</translation>
    </message>
    <message>
        <source>the keystore file is damaged or not supported</source>
        <translation>keystore файлы бузулган же колдоого алынбайт</translation>
    </message>
    <message>
        <source>the keystore password is wrong</source>
        <translation>keystore сырсөзү туура эмес</translation>
    </message>
    <message>
        <source>the keystore password must have at least 8 characters</source>
        <translation>keystore сырсөзү кеминде 8 символдон турушу керек</translation>
    </message>
    <message>
        <source>the local BNB devnet could not start on port {port} ({reason}); is another devnet already running? Stop it or pass another --bsc-port</source>
        <translation>жергиликтүү BNB тармагы {port} портунда ишке кирген жок ({reason}); башка devnet иштеп жатпайбы? Аны токтотуңуз же башка --bsc-port бериңиз</translation>
    </message>
    <message>
        <source>the network already has this transaction</source>
        <translation>бул транзакция тармакта мурунтан эле бар</translation>
    </message>
    <message>
        <source>the new fee must be higher than the pending transaction&apos;s fee</source>
        <translation>жаңы комиссия күтүүдөгү транзакциянын комиссиясынан жогору болушу керек</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>жаңы ат бош</translation>
    </message>
    <message>
        <source>the node did not accept the signature</source>
        <translation>түйүн колтамганы кабыл алган жок</translation>
    </message>
    <message>
        <source>the node does not know the pending transaction {txid} right now; refresh (it will be broadcast again) and try once more</source>
        <translation>түйүн азыр күтүүдөгү {txid} транзакциясын билбейт; маалыматты жаңылаңыз (ал кайра жөнөтүлөт) жана дагы бир жолу аракет кылыңыз</translation>
    </message>
    <message>
        <source>the node refused the transaction (details are in the log)</source>
        <translation>түйүн транзакцияны четке какты (чоо-жайы журналда)</translation>
    </message>
    <message>
        <source>the node {url} serves another chain ({reported}) than {network} ({expected}); it will not be used</source>
        <translation>{url} түйүнү {network} ({expected}) эмес, башка тармакты ({reported}) тейлейт; ал колдонулбайт</translation>
    </message>
    <message>
        <source>the password is wrong for wallet {wallet}</source>
        <translation>{wallet} капчыгынын сырсөзү туура эмес</translation>
    </message>
    <message>
        <source>the payment link asks for {link_amount} {symbol}, but --amount says {amount}</source>
        <translation>төлөм шилтемесинде {link_amount} {symbol} көрсөтүлгөн, ал эми --amount {amount} дейт</translation>
    </message>
    <message>
        <source>the payment link asks for {link_asset}, but --token says {symbol}</source>
        <translation>төлөм шилтемеси {link_asset} сурайт, ал эми --token {symbol} дейт</translation>
    </message>
    <message>
        <source>the payment link asks to call {function!r}; only token transfers are supported</source>
        <translation>төлөм шилтемеси {function!r} функциясын чакырууну сурайт; токен которуулары гана колдоого алынат</translation>
    </message>
    <message>
        <source>the payment link has an empty parameter (&amp;&amp;)</source>
        <translation>төлөм шилтемесинде бош параметр бар (&amp;&amp;)</translation>
    </message>
    <message>
        <source>the payment link has parameters this wallet does not understand ({names}); it was refused rather than guessed</source>
        <translation>төлөм шилтемесинде бул капчык түшүнбөгөн параметрлер бар ({names}); божомолдоонун ордуна шилтеме четке кагылды</translation>
    </message>
    <message>
        <source>the payment link names no address</source>
        <translation>төлөм шилтемесинде дарек көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>the payment link names {target!r}, not a 0x address; ENS names are not supported</source>
        <translation>төлөм шилтемесинде 0x дарек эмес, {target!r} көрсөтүлгөн; ENS аттары колдоого алынбайт</translation>
    </message>
    <message>
        <source>the payment request is empty</source>
        <translation>төлөм сурамы бош</translation>
    </message>
    <message>
        <source>the recipient address is empty</source>
        <translation>алуучунун дареги бош</translation>
    </message>
    <message>
        <source>the recipient is a contract that does not accept {native}; the transfer would fail</source>
        <translation>алуучу {native} кабыл албаган контракт; которуу ишке ашпайт</translation>
    </message>
    <message>
        <source>the recipient is a smart contract, not a personal wallet; if it cannot handle {symbol}, they are lost</source>
        <translation>алуучу жеке капчык эмес, смарт-контракт; эгер ал {symbol} менен иштей албаса, монеталар жоголот</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is blacklisted by the issuer of {symbol}: tokens sent there arrive but can never be moved again</source>
        <translation>алуучунун дарегин {symbol} чыгаруучусу кара тизмеге киргизген: ал жакка жөнөтүлгөн токендер жетет, бирок аларды эч качан кайра жылдырууга болбойт</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is frozen by the issuer of {symbol}; the transfer would fail</source>
        <translation>алуучунун дарегин {symbol} чыгаруучусу тоңдуруп койгон; которуу ишке ашпайт</translation>
    </message>
    <message>
        <source>the requested amount must be more than zero</source>
        <translation>суралган сумма нөлдөн чоң болушу керек</translation>
    </message>
    <message>
        <source>the sending address is blacklisted by the issuer of {symbol}</source>
        <translation>жөнөтүүчүнүн дарегин {symbol} чыгаруучусу кара тизмеге киргизген</translation>
    </message>
    <message>
        <source>the settings file could not be read: {problem}. Kapchyk is using {mode} mode and the default settings; the file was left as it is</source>
        <translation>жөндөөлөр файлын окуу мүмкүн болгон жок: {problem}. Kapchyk {mode} режиминде демейки жөндөөлөр менен иштейт; файл ошол бойдон калтырылды</translation>
    </message>
    <message>
        <source>the stored key does not match account {label}</source>
        <translation>сакталган ачкыч {label} эсебине туура келбейт</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>токен</translation>
    </message>
    <message>
        <source>the token payment link has no recipient (address=…)</source>
        <translation>токен үчүн төлөм шилтемесинде алуучу жок (address=…)</translation>
    </message>
    <message>
        <source>the transaction expired before it was sent</source>
        <translation>транзакциянын мөөнөтү ал жөнөтүлгөнгө чейин бүтүп калды</translation>
    </message>
    <message>
        <source>the transaction ran out of gas</source>
        <translation>транзакцияга газ жетпей калды</translation>
    </message>
    <message>
        <source>the transaction refers to a block the node does not know</source>
        <translation>транзакция түйүн билбеген блокко шилтеме берет</translation>
    </message>
    <message>
        <source>the transaction would run out of gas</source>
        <translation>транзакцияга газ жетпей калат</translation>
    </message>
    <message>
        <source>the transfer would fail: {reason}</source>
        <translation>которуу ишке ашпайт: {reason}</translation>
    </message>
    <message>
        <source>the two passwords are not the same</source>
        <translation>эки сырсөз бирдей эмес</translation>
    </message>
    <message>
        <source>the two {what}s differ; nothing was changed</source>
        <translation>киргизилген эки маани ({what}) дал келбейт; эч нерсе өзгөргөн жок</translation>
    </message>
    <message>
        <source>the wallet database {path} cannot be opened ({reason}); it may be damaged — restore it from a backup or move it away to start fresh</source>
        <translation>{path} капчык маалымат базасын ачуу мүмкүн эмес ({reason}); ал бузулган болушу мүмкүн — аны резервдик көчүрмөдөн калыбына келтириңиз же башка жерге жылдырып, жаңыдан баштаңыз</translation>
    </message>
    <message>
        <source>the wallet database {path} could not be upgraded ({reason}); it was left as it was</source>
        <translation>{path} капчык маалымат базасын жаңыртуу мүмкүн болгон жок ({reason}); ал мурдагыдай калтырылды</translation>
    </message>
    <message>
        <source>the wallet is locked; enter its password to continue</source>
        <translation>капчык кулпуланган; улантуу үчүн анын сырсөзүн киргизиңиз</translation>
    </message>
    <message>
        <source>the wallet password must have at least {n} characters</source>
        <translation>капчыктын сырсөзү кеминде {n} символдон турушу керек</translation>
    </message>
    <message>
        <source>the {mode} database is intact</source>
        <translation>{mode} маалымат базасы бүтүн</translation>
    </message>
    <message>
        <source>the {mode} database {path} is damaged ({reason})</source>
        <translation>{mode} маалымат базасы {path} бузулган ({reason})</translation>
    </message>
    <message>
        <source>the {network} explorer API answered something unexpected (HTTP {status})</source>
        <translation>{network} обозревателинин API түшүнүксүз жооп берди (HTTP {status})</translation>
    </message>
    <message>
        <source>the {network} explorer API is limiting requests; try again in a minute</source>
        <translation>{network} обозревателинин API суроо-талаптарды чектеп жатат; бир мүнөттөн кийин кайра аракет кылыңыз</translation>
    </message>
    <message>
        <source>the {network} explorer API refused the request: {reason}</source>
        <translation>{network} обозревателинин API суроо-талапты четке какты: {reason}</translation>
    </message>
    <message>
        <source>the {network} explorer refused the API key; check the key in Settings or with `kapchyk endpoints api-key`</source>
        <translation>{network} обозреватели API ачкычын кабыл алган жок; ачкычты Жөндөөлөрдөн же `kapchyk endpoints api-key` буйругу менен текшериңиз</translation>
    </message>
    <message>
        <source>the {network} history service refused the request: {reason}</source>
        <translation>{network} тарых кызматы суроо-талапты четке какты: {reason}</translation>
    </message>
    <message>
        <source>the {network} node answered with a different transaction than the one you asked for ({fields}); nothing was signed. Use another endpoint</source>
        <translation>{network} тармагынын түйүнү сиз сураган транзакцияны эмес, башкасын кайтарды ({fields}); эч нерсеге кол коюлган жок. Башка түйүндү колдонуңуз</translation>
    </message>
    <message>
        <source>the {network} node refused the request (details are in the log)</source>
        <translation>{network} тармагынын түйүнү сурамды четке какты (чоо-жайы журналда)</translation>
    </message>
    <message>
        <source>the {symbol} contract refused this transfer (details are in the log)</source>
        <translation>{symbol} контракты бул которууну четке какты (чоо-жайы журналда)</translation>
    </message>
    <message>
        <source>the {what} in the payment link is invalid: {reason}</source>
        <translation>төлөм шилтемесиндеги маани туура эмес ({what}): {reason}</translation>
    </message>
    <message>
        <source>there are no waiting unstakes to cancel</source>
        <translation>жокко чыгара турган күтүүдөгү чыгаруулар жок</translation>
    </message>
    <message>
        <source>there are several wallets ({choices}); name one, e.g. `kapchyk account add {first}`</source>
        <translation>капчыктар бир нече ({choices}); бирөөнү атаңыз, мисалы `kapchyk account add {first}`</translation>
    </message>
    <message>
        <source>there is no contract at {address} on {network}</source>
        <translation>{network} тармагында {address} дарегинде контракт жок</translation>
    </message>
    <message>
        <source>there is no setting {field!r} (settings: {known})</source>
        <translation>{field!r} деген жөндөө жок (жөндөөлөр: {known})</translation>
    </message>
    <message>
        <source>there is no unstaked TRX to withdraw</source>
        <translation>ала турган стейктен чыккан TRX жок</translation>
    </message>
    <message>
        <source>there is nothing to submit at this step</source>
        <translation>бул кадамда жөнөтө турган эч нерсе жок</translation>
    </message>
    <message>
        <source>these words are not in the recovery-phrase word list: {words}{more}</source>
        <translation>бул сөздөр калыбына келтирүү фразасынын сөздөр тизмесинде жок: {words}{more}</translation>
    </message>
    <message>
        <source>this Tron account has never been activated: it needs some TRX before it can send anything</source>
        <translation>бул Tron эсеби активдештириле элек: бир нерсе жөнөтүү үчүн анда бир аз TRX болушу керек</translation>
    </message>
    <message>
        <source>this Tron account has never been activated: it needs some TRX before it can stake anything</source>
        <translation>бул Tron эсеби эч качан активдештирилген эмес: стейкке коюу үчүн анда бир аз TRX болушу керек</translation>
    </message>
    <message>
        <source>this address has never been activated; it will need TRX to move the {symbol} you send</source>
        <translation>бул дарек активдештириле элек; жөнөткөн {symbol} токендерин жылдыруу үчүн алуучуга TRX керек болот</translation>
    </message>
    <message>
        <source>this address looks like {label} ({known}) but is a different address: attackers make lookalike addresses to steal payments. Compare every character</source>
        <translation>бул дарек {label} ({known}) дарегине окшош, бирок бул башка дарек: алдамчылар төлөмдөрдү уурдоо үчүн окшош даректерди жасашат. Ар бир символду салыштырыңыз</translation>
    </message>
    <message>
        <source>this file is not JSON; a keystore V3 file is JSON</source>
        <translation>бул JSON файлы эмес; keystore V3 файлы JSON форматында болот</translation>
    </message>
    <message>
        <source>this is a Tron address, but you are sending on {network}</source>
        <translation>бул Tron дареги, ал эми сиз {network} тармагында жөнөтүп жатасыз</translation>
    </message>
    <message>
        <source>this is an EVM (0x…) address, but you are sending on {network}; Tron addresses start with T</source>
        <translation>бул EVM (0x…) дареги, ал эми сиз {network} тармагында жөнөтүп жатасыз; Tron даректери T менен башталат</translation>
    </message>
    <message>
        <source>this is neither an address nor a payment link (ethereum: or tron:)</source>
        <translation>бул дарек да, төлөм шилтемеси да (ethereum: же tron:) эмес</translation>
    </message>
    <message>
        <source>this is not a valid secp256k1 private key</source>
        <translation>бул жарактуу secp256k1 жеке ачкычы эмес</translation>
    </message>
    <message>
        <source>this is not a {network} address</source>
        <translation>бул {network} тармагынын дареги эмес</translation>
    </message>
    <message>
        <source>this is not an Ethereum keystore V3 file</source>
        <translation>бул Ethereum keystore V3 файлы эмес</translation>
    </message>
    <message>
        <source>this is not possible at this step</source>
        <translation>бул кадамда муну жасоого болбойт</translation>
    </message>
    <message>
        <source>this is the zero address; nothing sent there can ever be recovered</source>
        <translation>бул нөлдүк дарек; ал жакка жөнөтүлгөн нерсени эч качан кайтарууга болбойт</translation>
    </message>
    <message>
        <source>this is the {symbol} contract&apos;s own address; tokens sent there are lost forever. Check the recipient</source>
        <translation>бул {symbol} контрактынын өз дареги; ал жакка жөнөтүлгөн токендер биротоло жоголот. Алуучуну текшериңиз</translation>
    </message>
    <message>
        <source>this needs {fee} TRX for bandwidth; you have {balance} TRX</source>
        <translation>бул үчүн өткөрүү жөндөмүнө {fee} TRX керек; сизде {balance} TRX бар</translation>
    </message>
    <message>
        <source>this network locks a loan for exactly {max} days</source>
        <translation>бул тармакта карыз так {max} күнгө бекитилет</translation>
    </message>
    <message>
        <source>this password has characters that some wallets change before using them (full-width letters or digits, ligatures and similar): ethers-based wallets would not open the file while others would. Choose a password without them</source>
        <translation>бул сырсөздө айрым капчыктар колдонуудан мурун өзгөрткөн белгилер бар (толук туурадагы тамгалар же сандар, лигатуралар ж. б.): ethers негизиндеги капчыктар файлды ачпайт, башкалары ачат. Мындай белгилери жок сырсөз тандаңыз</translation>
    </message>
    <message>
        <source>this payment link asks for the token {contract}, which is not known on {network}; add it in Settings first if you trust it</source>
        <translation>бул төлөм шилтемеси {network} тармагында белгисиз {contract} токенин сурайт; ага ишенсеңиз, алгач аны Жөндөөлөргө кошуңуз</translation>
    </message>
    <message>
        <source>this payment link is for a {kind} network, and {mode} mode has none</source>
        <translation>бул төлөм шилтемеси {kind} тармагы үчүн, ал эми {mode} режиминде андай тармак жок</translation>
    </message>
    <message>
        <source>this payment link is for chain id {chain_id}, which is not one of the networks of {mode} mode</source>
        <translation>бул төлөм шилтемеси id&apos;си {chain_id} болгон тармак үчүн, ал {mode} режиминин тармактарына кирбейт</translation>
    </message>
    <message>
        <source>this payment link is for chain {uri_chain}, but you are sending on {network} (chain {chain}); switch network or ask for a new link</source>
        <translation>бул төлөм шилтемеси {uri_chain} тармагы үчүн, ал эми сиз {network} тармагында ({chain}) жөнөтүп жатасыз; тармакты алмаштырыңыз же жаңы шилтеме сураңыз</translation>
    </message>
    <message>
        <source>this payment link is for {family}, but you are sending on {network}</source>
        <translation>бул төлөм шилтемеси {family} үчүн, ал эми сиз {network} тармагында жөнөтүп жатасыз</translation>
    </message>
    <message>
        <source>this payment link is for {link_network}, but you are sending on {network}; use --network {link_id}</source>
        <translation>бул төлөм шилтемеси {link_network} тармагы үчүн, ал эми сиз {network} тармагында жөнөтүп жатасыз; --network {link_id} колдонуңуз</translation>
    </message>
    <message>
        <source>this quote has expired; get a new one</source>
        <translation>эсептөөнүн мөөнөтү бүттү; кайра эсептеңиз</translation>
    </message>
    <message>
        <source>this secret is too large for the OS keyring ({size} of at most {limit} bytes); if it has a BIP-39 passphrase, use a shorter one</source>
        <translation>бул сыр системанын ачкыч сактагычы үчүн өтө чоң ({size}, уруксат берилгени {limit} байт); эгер анда BIP-39 сырсөз фразасы болсо, кыскараагын колдонуңуз</translation>
    </message>
    <message>
        <source>this transaction&apos;s number (nonce) was already used by another transaction</source>
        <translation>бул транзакциянын номери (nonce) башка транзакция тарабынан колдонулуп калган</translation>
    </message>
    <message>
        <source>this transfer burns about {fee} TRX; you have {have} TRX</source>
        <translation>бул которуу болжол менен {fee} TRX күйгүзөт; сизде {have} TRX бар</translation>
    </message>
    <message>
        <source>this transfer was already sent; it is not sent twice</source>
        <translation>бул которуу жөнөтүлүп калган; ал эки жолу жөнөтүлбөйт</translation>
    </message>
    <message>
        <source>this wallet database was written by a newer Kapchyk (schema {found}, this program knows up to {known}); update Kapchyk to open it</source>
        <translation>бул капчык маалымат базасы Kapchyk&apos;тин жаңыраак версиясы менен жазылган (схема {found}, бул программа {known} схемасына чейин билет); аны ачуу үчүн Kapchyk&apos;ти жаңыртыңыз</translation>
    </message>
    <message>
        <source>this wallet is already here as {label}</source>
        <translation>бул капчык {label} деген ат менен мурунтан эле бар</translation>
    </message>
    <message>
        <source>this wallet was closed; open it again to continue</source>
        <translation>бул капчык жабылган; улантуу үчүн аны кайра ачыңыз</translation>
    </message>
    <message>
        <source>those words do not match the recovery phrase; check your paper and try again</source>
        <translation>бул сөздөр калыбына келтирүү фразасына дал келбейт; кагазга жазылганын текшерип, кайра аракет кылыңыз</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>күтүү убактысы бүттү</translation>
    </message>
    <message>
        <source>token contract</source>
        <translation>токендин контракты</translation>
    </message>
    <message>
        <source>transaction {txid} is already {status}; nothing to replace</source>
        <translation>{txid} транзакциясы мурунтан эле «{status}» абалында; алмаштыра турган эч нерсе жок</translation>
    </message>
    <message>
        <source>type word {position} of your recovery phrase</source>
        <translation>калыбына келтирүү фразаңыздын {position}-сөзүн жазыңыз</translation>
    </message>
    <message>
        <source>unknown choice {kind!r}</source>
        <translation>белгисиз тандоо {kind!r}</translation>
    </message>
    <message>
        <source>unknown currency {code!r}; use one of {known}</source>
        <translation>белгисиз валюта {code!r}; булардын бирин колдонуңуз: {known}</translation>
    </message>
    <message>
        <source>unknown network mode {mode!r}; use mainnet, testnet or devnet</source>
        <translation>белгисиз тармак режими {mode!r}; mainnet, testnet же devnet колдонуңуз</translation>
    </message>
    <message>
        <source>unknown price source {source!r}; use {known}</source>
        <translation>белгисиз баа булагы {source!r}; {known} колдонуңуз</translation>
    </message>
    <message>
        <source>unknown staking action {action}</source>
        <translation>белгисиз стейкинг аракети {action}</translation>
    </message>
    <message>
        <source>unsupported network kind {kind!r}</source>
        <translation>колдоого алынбаган тармак түрү {kind!r}</translation>
    </message>
    <message>
        <source>word {position} is not the word at that position in your recovery phrase; look at the phrase again and check what you wrote down</source>
        <translation>{position}-сөз калыбына келтирүү фразаңыздагы ошол орундагы сөз эмес; фразаны кайра карап, эмне жазганыңызды текшериңиз</translation>
    </message>
    <message>
        <source>write down the recovery phrase of {label} and confirm it (`kapchyk wallet verify-backup`) before receiving money</source>
        <translation>акча кабыл алуудан мурун {label} капчыгынын калыбына келтирүү фразасын жазып алып, аны ырастаңыз (`kapchyk wallet verify-backup`)</translation>
    </message>
    <message>
        <source>write the recovery phrase down on paper, then confirm that you did</source>
        <translation>калыбына келтирүү фразасын кагазга жазып алыңыз, анан жазганыңызды ырастаңыз</translation>
    </message>
    <message>
        <source>you are sending {amount} {symbol} but this account has {balance} {symbol}</source>
        <translation>сиз {amount} {symbol} жөнөтүп жатасыз, бирок бул эсепте {balance} {symbol} бар</translation>
    </message>
    <message>
        <source>you are staking {amount} TRX but this account has {balance} TRX (and the bandwidth may cost {fee} TRX)</source>
        <translation>сиз {amount} TRX стейкке коюп жатасыз, бирок бул эсепте {balance} TRX бар (өткөрүү жөндөмү дагы {fee} TRX турушу мүмкүн)</translation>
    </message>
    <message>
        <source>you can lend at most {max} TRX of staked energy now (staked and not used or lent); you asked for {amount} TRX</source>
        <translation>азыр стейктеги энергиянын эң көп {max} TRXин карызга бере аласыз (стейкте, сарпталбаган жана карызга берилбеген); сиз {amount} TRX сурадыңыз</translation>
    </message>
    <message>
        <source>you can lend no less than 1 TRX of staked energy</source>
        <translation>стейктеги энергиянын 1 TRXтен кем эмесин карызга берүүгө болот</translation>
    </message>
    <message>
        <source>you can stake no less than 1 TRX</source>
        <translation>1 TRXтен кем эмес стейкке коюуга болот</translation>
    </message>
    <message>
        <source>you cannot lend energy to the same account it is staked in</source>
        <translation>энергияны ал стейкке коюлган ошол эле эсепке карызга берүүгө болбойт</translation>
    </message>
    <message>
        <source>you have never paid this address before; check it with the recipient</source>
        <translation>сиз бул дарекке буга чейин эч качан төлөгөн эмессиз; аны алуучу менен текшериңиз</translation>
    </message>
    <message>
        <source>you have {staked} TRX staked for {resource} that is not lent out; you cannot unstake {amount} TRX</source>
        <translation>сизде {resource} үчүн карызга берилбеген {staked} TRX стейкте; {amount} TRXти стейктен чыгара албайсыз</translation>
    </message>
    <message>
        <source>you lent {lent} TRX of energy to {receiver}; you cannot take back {amount} TRX</source>
        <translation>сиз {receiver} дарегине {lent} TRX энергия карызга бергенсиз; {amount} TRXти кайтара албайсыз</translation>
    </message>
    <message>
        <source>you need {fee} {native} for the network fee; you have {have} {native}</source>
        <translation>тармак комиссиясы үчүн {fee} {native} керек; сизде {have} {native} бар</translation>
    </message>
    <message>
        <source>you need {need} TRX (amount + fees); you have {have} TRX</source>
        <translation>{need} TRX керек (сумма + комиссиялар); сизде {have} TRX бар</translation>
    </message>
    <message>
        <source>you need {need} {native} (amount + network fee); you have {have} {native}</source>
        <translation>{need} {native} керек (сумма + тармак комиссиясы); сизде {have} {native} бар</translation>
    </message>
    <message>
        <source>your address is blacklisted by the issuer of {symbol}; it cannot send {symbol}</source>
        <translation>дарегиңизди {symbol} чыгаруучусу кара тизмеге киргизген; андан {symbol} жөнөтүүгө болбойт</translation>
    </message>
    <message>
        <source>your address is frozen by the issuer of {symbol}; it cannot send {symbol}</source>
        <translation>дарегиңизди {symbol} чыгаруучусу тоңдуруп койгон; андан {symbol} жөнөтүүгө болбойт</translation>
    </message>
    <message>
        <source>{address} has never been activated; Tron lends energy only to an existing account. Send it some TRX first</source>
        <translation>{address} эч качан активдештирилген эмес; Tron энергияны бар эсепке гана карызга берет. Адегенде ага бир аз TRX жөнөтүңүз</translation>
    </message>
    <message>
        <source>{address} is a smart contract; energy can be lent only to an ordinary account</source>
        <translation>{address} — смарт-келишим; энергияны кадимки эсепке гана карызга берүүгө болот</translation>
    </message>
    <message>
        <source>{address} is neither a 0x… (BNB devnet) nor a T… (Tron devnet) address</source>
        <translation>{address} 0x… (BNB devnet) дареги да, T… (Tron devnet) дареги да эмес</translation>
    </message>
    <message>
        <source>{asset} is not a known token on {network}; add it first</source>
        <translation>{asset} — {network} тармагында белгисиз токен; алгач аны кошуңуз</translation>
    </message>
    <message>
        <source>{count} unstakes are already waiting, the most Tron allows; withdraw or cancel them first</source>
        <translation>{count} чыгаруу күтүүдө — Tron мындан көпкө жол бербейт; адегенде аларды алыңыз же жокко чыгарыңыз</translation>
    </message>
    <message>
        <source>{field}: character {pos} ({ch!r}) is not allowed; use digits and one decimal point</source>
        <translation>{field}: {pos}-символго ({ch!r}) уруксат жок; цифраларды жана бир ондук чекитти колдонуңуз</translation>
    </message>
    <message>
        <source>{field}: commas before the decimal point must separate groups of three digits</source>
        <translation>{field}: ондук чекитке чейинки үтүрлөр цифраларды үчтөн топторго бөлүшү керек</translation>
    </message>
    <message>
        <source>{field}: enter an amount</source>
        <translation>{field}: сумманы киргизиңиз</translation>
    </message>
    <message>
        <source>{field}: spaces can only separate groups of three digits</source>
        <translation>{field}: боштуктар цифраларды үчтөн топторго бөлүү үчүн гана колдонулат</translation>
    </message>
    <message>
        <source>{field}: spaces can only separate groups of three digits before the decimal point</source>
        <translation>{field}: боштуктар ондук бөлгүчкө чейин цифраларды үчтөн топторго бөлүү үчүн гана колдонулат</translation>
    </message>
    <message>
        <source>{field}: the amount cannot be negative</source>
        <translation>{field}: сумма терс болушу мүмкүн эмес</translation>
    </message>
    <message>
        <source>{field}: the amount has more than one decimal comma</source>
        <translation>{field}: суммада бирден ашык ондук үтүр бар</translation>
    </message>
    <message>
        <source>{field}: the amount has more than one decimal point</source>
        <translation>{field}: суммада бирден ашык ондук чекит бар</translation>
    </message>
    <message>
        <source>{field}: the amount is too large</source>
        <translation>{field}: сумма өтө чоң</translation>
    </message>
    <message>
        <source>{field}: the amount must be more than zero</source>
        <translation>{field}: сумма нөлдөн чоң болушу керек</translation>
    </message>
    <message>
        <source>{field}: write the amount in full digits, without an exponent (like 1e6)</source>
        <translation>{field}: сумманы экспонентасыз (1e6 сыяктуу эмес), толук цифралар менен жазыңыз</translation>
    </message>
    <message>
        <source>{field}: write the amount without a + sign</source>
        <translation>{field}: сумманы + белгисиз жазыңыз</translation>
    </message>
    <message>
        <source>{field}: {text!r} has a comma after the decimal point; a point is never a thousands separator here. Write it like 1000.50 or 1 000,50</source>
        <translation>{field}: {text!r} ичинде үтүр ондук чекиттен кийин турат; бул жерде чекит эч качан миңдиктерди бөлбөйт. Мындай жазыңыз: 1000.50 же 1 000,50</translation>
    </message>
    <message>
        <source>{field}: {text!r} is ambiguous: is the comma a decimal point or a thousands separator? Type it without separators, or use a point for decimals</source>
        <translation>{field}: {text!r} эки түрдүү түшүнүлөт: үтүр ондук бөлгүчпү же миңдиктерди бөлгүчпү? Санды бөлгүчсүз жазыңыз же бөлчөк бөлүгүн чекит менен бөлүңүз</translation>
    </message>
    <message>
        <source>{field}: {text!r} is not a number</source>
        <translation>{field}: {text!r} сан эмес</translation>
    </message>
    <message>
        <source>{field}: {unit} has no decimal places; enter a whole number</source>
        <translation>{field}: {unit} бөлчөктөнбөйт; бүтүн сан киргизиңиз</translation>
    </message>
    <message>
        <source>{field}: {unit} has {decimals} decimal places; this amount has {n}</source>
        <translation>{field}: {unit} үчүн үтүрдөн кийин {decimals} белгиге чейин болот, ал эми бул суммада {n}</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}); start the devnet with --fresh</source>
        <translation>{file} файлы бузулган ({reason}); devnet&apos;ти --fresh параметри менен ишке киргизиңиз</translation>
    </message>
    <message>
        <source>{file} is too large to be a keystore file</source>
        <translation>{file} keystore файлы болууга өтө чоң</translation>
    </message>
    <message>
        <source>{file}: &apos;networks&apos; must be a list</source>
        <translation>{file}: &apos;networks&apos; тизме болушу керек</translation>
    </message>
    <message>
        <source>{file}: &apos;tokens&apos; must be a list</source>
        <translation>{file}: &apos;tokens&apos; тизме болушу керек</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: окуу мүмкүн эмес ({reason})</translation>
    </message>
    <message>
        <source>{file}: network #{n} must be an object</source>
        <translation>{file}: №{n} тармак объект болушу керек</translation>
    </message>
    <message>
        <source>{file}: network id {id!r} appears twice</source>
        <translation>{file}: {id!r} тармак id&apos;си эки жолу кездешет</translation>
    </message>
    <message>
        <source>{file}: not valid JSON at line {line}: {msg}</source>
        <translation>{file}: {line}-саптагы JSON туура эмес: {msg}</translation>
    </message>
    <message>
        <source>{file}: the top level must be an object</source>
        <translation>{file}: жогорку деңгээл объект болушу керек</translation>
    </message>
    <message>
        <source>{file}: token #{n} must be an object</source>
        <translation>{file}: №{n} токен объект болушу керек</translation>
    </message>
    <message>
        <source>{file}: token {sym} on {net} appears twice</source>
        <translation>{file}: {net} тармагындагы {sym} токени эки жолу кездешет</translation>
    </message>
    <message>
        <source>{file}: {where}: field {field!r} {expected}</source>
        <translation>{file}: {where}: {field!r} талаасы: {expected}</translation>
    </message>
    <message>
        <source>{key}={value!r} in the payment link is not a number</source>
        <translation>төлөм шилтемесиндеги {key}={value!r} сан эмес</translation>
    </message>
    <message>
        <source>{key}={value!r} is not a number</source>
        <translation>{key}={value!r} сан эмес</translation>
    </message>
    <message>
        <source>{key}={value!r} is not a whole number of base units</source>
        <translation>{key}={value!r} базалык бирдиктердин бүтүн саны эмес</translation>
    </message>
    <message>
        <source>{key}={value!r} is too large</source>
        <translation>{key}={value!r} өтө чоң</translation>
    </message>
    <message>
        <source>{label} is a watch-only account: it can receive and show balances, not send</source>
        <translation>{label} — көрүү үчүн гана эсеп: ал акча кабыл алып, калдыкты көрсөтө алат, бирок жөнөтө албайт</translation>
    </message>
    <message>
        <source>{label} is a watch-only account: it can receive and show balances, not stake</source>
        <translation>{label} — көрүү үчүн гана эсеп: ал кабыл алып, балансты көрсөтө алат, бирок стейкке коё албайт</translation>
    </message>
    <message>
        <source>{label} is a watch-only account: it has no key and cannot sign</source>
        <translation>{label} — көрүү үчүн гана эсеп: анын ачкычы жок, кол коё албайт</translation>
    </message>
    <message>
        <source>{locked} TRX of the energy you lent to {receiver} is locked until {date}; you can take back {free} TRX now and the rest after {date}</source>
        <translation>{receiver} дарегине карызга берилген энергиянын {locked} TRXи {date} чейин бекитилген; азыр {free} TRX кайтара аласыз, калганын {date} кийин</translation>
    </message>
    <message>
        <source>{network} transactions cannot be sped up or cancelled</source>
        <translation>{network} тармагынын транзакцияларын тездетүүгө же жокко чыгарууга болбойт</translation>
    </message>
    <message>
        <source>{network}: none of its {count} endpoints answered correctly</source>
        <translation>{network}: {count} түйүндүн бири да туура жооп берген жок</translation>
    </message>
    <message>
        <source>{network}: the clock agrees with the latest block ({seconds} s apart)</source>
        <translation>{network}: саат акыркы блок менен дал келет ({seconds} с айырма)</translation>
    </message>
    <message>
        <source>{network}: the latest block time could not be read</source>
        <translation>{network}: акыркы блоктун убактысын окуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>{network}: this computer&apos;s clock is {seconds} s ahead of the network&apos;s</source>
        <translation>{network}: бул компьютердин сааты тармактан {seconds} с алдыда</translation>
    </message>
    <message>
        <source>{network}: this computer&apos;s clock is {seconds} s behind the network&apos;s</source>
        <translation>{network}: бул компьютердин сааты тармактан {seconds} с артта</translation>
    </message>
    <message>
        <source>{network}: unsupported kind of network</source>
        <translation>{network}: колдоого алынбаган тармак түрү</translation>
    </message>
    <message>
        <source>{network}: {good} of {count} endpoints answer (fastest {ms} ms)</source>
        <translation>{network}: {count} түйүндүн {good} жооп берет (эң тези {ms} мс)</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{scheme!r} payment links are not supported; use an ethereum: or tron: link or an address</source>
        <translation>{scheme!r} төлөм шилтемелери колдоого алынбайт; ethereum: же tron: шилтемесин же даректи колдонуңуз</translation>
    </message>
    <message>
        <source>{source} prices cannot be fetched: values in money are the last known ones</source>
        <translation>{source} бааларын алуу мүмкүн эмес: акчадагы баасы акыркы белгилүү баалар боюнча көрсөтүлөт</translation>
    </message>
    <message>
        <source>{source} prices: {good} of {count} sources answer (fastest {ms} ms)</source>
        <translation>{source} баалары: {count} булактын {good} жооп берет (эң тези {ms} мс)</translation>
    </message>
    <message>
        <source>{url} was not added by you on {network}; built-in endpoints stay</source>
        <translation>{url} дарегин {network} тармагына сиз кошкон эмессиз; курамдагы түйүндөр өчүрүлбөйт</translation>
    </message>
</context>
</TS>
