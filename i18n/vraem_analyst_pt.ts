<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>VraemAnalyst</name>
        <message>
            <location filename="../plugin/broken.py" />
            <source>VRAEM Analyst could not start: {error}</source>
            <translation>Não foi possível iniciar o VRAEM Analyst: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} repeated time</source>
            <translation>{n} horário repetido</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} repeated times</source>
            <translation>{n} horários repetidos</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} suspect fix</source>
            <translation>{n} posição suspeita</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} suspect fixes</source>
            <translation>{n} posições suspeitas</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} track skipped</source>
            <translation>{n} trajeto ignorado</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} tracks skipped</source>
            <translation>{n} trajetos ignorados</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Left out: {parts}.</source>
            <translation>Deixados de fora: {parts}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>The layer '{name}' has no coordinate reference system: set one (e.g. EPSG:4326 for GPS fixes) in its properties.</source>
            <translation>A camada '{name}' não tem sistema de referência de coordenadas: defina um (p. ex. EPSG:4326 para posições GPS) nas suas propriedades.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>The layer '{name}' does not hold points: position fixes are points.</source>
            <translation>A camada '{name}' não contém pontos: as posições são pontos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Choose the time field of the fixes of '{name}'.</source>
            <translation>Escolha o campo de tempo das posições de '{name}'.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>The layer '{name}' has no fixes.</source>
            <translation>A camada '{name}' não tem posições.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>(no track id)</source>
            <translation>(sem id de trajetória)</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Track {track} skipped: {reason}</source>
            <translation>Trajetória {track} ignorada: {reason}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>No track of '{name}' can be analysed: {reasons}</source>
            <translation>Nenhuma trajetória de '{name}' pode ser analisada: {reasons}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>The layer '{name}' has no field '{field}'; its fields are: {fields}.</source>
            <translation>A camada '{name}' não tem o campo '{field}'; seus campos são: {fields}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Row {row} of '{name}' has no position.</source>
            <translation>A linha {row} de '{name}' não tem posição.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Row {row} of '{name}' holds {n} points; a fix is one point.</source>
            <translation>A linha {row} de '{name}' contém {n} pontos; uma posição é um único ponto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Row {row} of '{name}': the time '{value}' in field '{field}' cannot be read; use a date-time field, ISO 8601 text (e.g. 2024-05-01T06:30:00Z) or epoch seconds.</source>
            <translation>Linha {row} de '{name}': não é possível ler o tempo '{value}' do campo '{field}'; use um campo de data e hora, texto ISO 8601 (p. ex. 2024-05-01T06:30:00Z) ou segundos desde 1970 (epoch).</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>it crosses the antimeridian (rows {a} and {b}), which is not supported.</source>
            <translation>cruza o antimeridiano (linhas {a} e {b}), o que não é suportado.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>it has a single fix (after {d} duplicate times and {s} suspect fixes).</source>
            <translation>tem uma única posição (após {d} tempos repetidos e {s} posições suspeitas).</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Track {track}: fixes were not in time order; they were sorted by time.</source>
            <translation>Trajetória {track}: as posições não estavam em ordem temporal; foram ordenadas pelo tempo.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Track {track}: {n} fixes repeat the time of another fix and were left out.</source>
            <translation>Trajetória {track}: {n} posições repetem o tempo de outra e foram deixadas de fora.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Track {track}: {n} suspect fixes (rows {rows}) imply speeds faster than any light aircraft and were left out.</source>
            <translation>Trajetória {track}: {n} posições suspeitas (linhas {rows}) implicam velocidades maiores que as de qualquer avião leve e foram deixadas de fora.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/picture.py" />
            <source>The layer '{name}' does not hold points: airstrips and bases are points.</source>
            <translation>A camada '{name}' não contém pontos: as pistas e as bases são pontos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>An aircraft profile needs a cruise speed and a range above zero.</source>
            <translation>Um perfil de aeronave precisa de velocidade de cruzeiro e alcance maiores que zero.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>Cessna 206 Stationair (single piston, fixed gear)</source>
            <translation>Cessna 206 Stationair (monomotor a pistão, trem fixo)</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>Cessna 210 / T210 Centurion (single piston, retractable)</source>
            <translation>Cessna 210 / T210 Centurion (monomotor a pistão, trem retrátil)</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>Piper PA-34-200 Seneca I (twin piston)</source>
            <translation>Piper PA-34-200 Seneca I (bimotor a pistão)</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>Custom aircraft</source>
            <translation>Aeronave personalizada</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <location filename="../plugin/core/yields.py" />
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>user-defined</source>
            <translation>definido pelo usuário</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>No custom aircraft profile is saved in this project.</source>
            <translation>Nenhum perfil de aeronave personalizado está salvo neste projeto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>Unknown aircraft profile '{key}'; available: {keys}.</source>
            <translation>Perfil de aeronave desconhecido '{key}'; disponíveis: {keys}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>The fuel reserve must be from 0 to under 100 %.</source>
            <translation>A reserva de combustível deve ser de 0 a menos de 100 %.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>'{value}' is not a number of minutes; give a list like 15, 30, 60.</source>
            <translation>'{value}' não é um número de minutos; informe uma lista como 15, 30, 60.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>Minutes must be above zero (got {value}).</source>
            <translation>Os minutos devem ser maiores que zero (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>Give at least one number of minutes, like 15, 30, 60.</source>
            <translation>Informe ao menos um número de minutos, como 15, 30, 60.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>Give the interceptor's speed in knots (above zero); interception speeds are not published, so there is no default.</source>
            <translation>Informe a velocidade do interceptador em nós (maior que zero); as velocidades de interceptação não são publicadas, então não há valor padrão.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>Give the reaction time in minutes (zero or more); it is not published, so there is no default.</source>
            <translation>Informe o tempo de reação em minutos (zero ou mais); ele não é publicado, então não há valor padrão.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/regions.py" />
            <source>The layer '{name}' has no coordinate reference system.</source>
            <translation>A camada '{name}' não tem sistema de referência de coordenadas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/regions.py" />
            <source>The zone layer '{name}' has no polygon.</source>
            <translation>A camada de zona '{name}' não tem polígonos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/regions.py" />
            <source>the zone</source>
            <translation>a zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/regions.py" />
            <source>QGIS's world map is missing ({path}); the borders cannot be drawn.</source>
            <translation>O mapa-múndi do QGIS está ausente ({path}); as fronteiras não podem ser traçadas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>enters {zone}</source>
            <translation>entra em {zone}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>first fix inside {zone}</source>
            <translation>primeira posição dentro de {zone}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>leaves {zone}</source>
            <translation>sai de {zone}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>{minutes:.1f} min on the ground</source>
            <translation>{minutes:.1f} min em solo</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>nearest aerodrome {aerodrome} at {km:.2f} km</source>
            <translation>aeródromo mais próximo {aerodrome} a {km:.2f} km</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>into {country}</source>
            <translation>para {country}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>out of {country}</source>
            <translation>saindo de {country}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>row {row} left out: {speed:,.0f} kt from the previous fix</source>
            <translation>linha {row} deixada de fora: {speed:,.0f} kt desde a posição anterior</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>The district layer '{name}' must contain polygons.</source>
            <translation>A camada de distritos “{name}” deve conter polígonos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>Choose the field that names the districts.</source>
            <translation>Escolha o campo com o nome dos distritos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>district name</source>
            <translation>nome do distrito</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>grouping</source>
            <translation>agrupamento</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>The layer '{name}' must contain polygons to measure areas.</source>
            <translation>A camada “{name}” deve conter polígonos para medir áreas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>The layer '{name}' covers the whole globe: such a polygon has no inside on the ellipsoid and cannot be measured. Split it into smaller polygons.</source>
            <translation>A camada '{name}' cobre o globo inteiro: um polígono assim não tem interior no elipsoide e não pode ser medido. Divida-o em polígonos menores.</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>The areas of '{name}' could not be measured: its coordinates cannot be placed on the ellipsoid (check the layer's CRS).</source>
            <translation>Não foi possível medir as áreas de '{name}': suas coordenadas não podem ser situadas no elipsoide (verifique o SRC da camada).</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>{n} features have no geometry: counted with 0 ha.</source>
            <translation>{n} feições não têm geometria: contadas com 0 ha.</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>{n} invalid geometries were repaired before measuring (the layer is unchanged).</source>
            <translation>{n} geometrias inválidas foram reparadas antes da medição (a camada não foi alterada).</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>The zone is approximate: the area inside it is indicative.</source>
            <translation>A zona é aproximada: a área dentro dela é indicativa.</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The output {path} is also an input of this run: choose another file, the input is never overwritten.</source>
            <translation>A saída {path} também é uma entrada desta execução: escolha outro arquivo; a entrada nunca é sobrescrita.</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <location filename="../plugin/core/report/export.py" />
            <location filename="../plugin/core/trends.py" />
            <source>The output folder does not exist: {path}</source>
            <translation>A pasta de saída não existe: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The output folder cannot be written: {path} ({error})</source>
            <translation>Não é possível gravar na pasta de saída: {path} ({error})</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The output {path} was not written; nothing was kept.</source>
            <translation>A saída {path} não foi gravada; nada foi mantido.</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The outputs could not be moved into place: {error}</source>
            <translation>Não foi possível mover as saídas para o lugar: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The file {path} is open in the project (layer '{name}'): remove its layers from the project or choose another file to add a layer to.</source>
            <translation>O arquivo {path} está aberto no projeto (camada '{name}'): remova suas camadas do projeto ou escolha outro arquivo ao qual adicionar uma camada.</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The file {path} could not be written: {error}</source>
            <translation>Não foi possível gravar o arquivo {path}: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Tonnes for the area given</source>
            <translation>Toneladas para a área informada</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Tonnes for Peru's published coca area of a year</source>
            <translation>Toneladas para a área de coca publicada do Peru em um ano</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Tonnes for the VRAEM's published coca area of a year</source>
            <translation>Toneladas para a área de coca publicada do VRAEM em um ano</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Tonnes per year against Peru's potential production of a year</source>
            <translation>Toneladas por ano frente à produção potencial do Peru em um ano</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Tonnes per year against the VRAEM's potential production of a year</source>
            <translation>Toneladas por ano frente à produção potencial do VRAEM em um ano</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Unknown area unit '{unit}'.</source>
            <translation>Unidade de área desconhecida: “{unit}”.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>{kg:,.2f} kg/ha is the fixed factor {estimator} applies ({low:,.2f}–{high:,.2f} kg/ha, {years}): computed with a fixed factor, not an independent estimate.</source>
            <translation>{kg:,.2f} kg/ha é o fator fixo que {estimator} aplica ({low:,.2f}–{high:,.2f} kg/ha, {years}): calculado com um fator fixo, não uma estimativa independente.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>UNODC potential HCl</source>
            <translation>HCl potencial segundo o UNODC</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>UNODC factor x national yield</source>
            <translation>Fator do UNODC × rendimento nacional</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>UNODC factor x VRAEM yield</source>
            <translation>Fator do UNODC × rendimento do VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>ONDCP pure potential</source>
            <translation>Potencial puro segundo o ONDCP</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Mininter/CORAH cocaine avoided</source>
            <translation>Cocaína evitada segundo Mininter/CORAH</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>national potential production / national cultivated area</source>
            <translation>produção potencial nacional / área cultivada nacional</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>2,349-2,414 kg leaf/ha / 375</source>
            <translation>2,349–2,414 kg de folha/ha ÷ 375</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>3,600-3,627 kg leaf/ha / 375</source>
            <translation>3,600–3,627 kg de folha/ha ÷ 375</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>USG estimate of cultivation and pure potential production</source>
            <translation>estimativa do governo dos EUA do cultivo e da produção potencial pura</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>USG estimate</source>
            <translation>estimativa do governo dos EUA</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>claimed production prevented by eradication</source>
            <translation>produção que se afirma evitada pela erradicação</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>claimed production prevented by eradication (partial year); CORAH now applies a near-fixed 9.16-9.34 kg/ha to eradicated hectares, so this is not an independent estimate</source>
            <translation>produção que se afirma evitada pela erradicação (ano parcial); o CORAH aplica agora um fator quase fixo de 9.16–9.34 kg/ha aos hectares erradicados, portanto não é uma estimativa independente</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>claimed production prevented by eradication (to October); CORAH now applies a near-fixed 9.16-9.34 kg/ha to eradicated hectares, so this is not an independent estimate</source>
            <translation>produção que se afirma evitada pela erradicação (até outubro); o CORAH aplica agora um fator quase fixo de 9.16–9.34 kg/ha aos hectares erradicados, portanto não é uma estimativa independente</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>computed from yield_parameters.csv</source>
            <translation>calculado com os parâmetros de rendimento incluídos</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>above the potential production</source>
            <translation>acima da produção potencial</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>within the potential production</source>
            <translation>dentro da produção potencial</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>below the potential production</source>
            <translation>abaixo da produção potencial</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>above every published ratio</source>
            <translation>acima de todas as proporções publicadas</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>within the published range</source>
            <translation>dentro da faixa publicada</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>below every published ratio</source>
            <translation>abaixo de todas as proporções publicadas</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>The claimed tonnes must be more than 0 (a finite number); got {value}.</source>
            <translation>As toneladas declaradas devem ser mais de 0 (um número finito); recebido {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>The claimed area must be a finite number of more than 0 hectares; got {value}.</source>
            <translation>A área declarada deve ser um número finito de mais de 0 hectares; recebido {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>The claimed area (ha)</source>
            <translation>A área declarada (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>The claimed tonnes</source>
            <translation>As toneladas declaradas</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>No published ratio is available to compare with.</source>
            <translation>Não há nenhuma proporção publicada para comparar.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Unknown claim kind '{kind}'; available: {kinds}.</source>
            <translation>Tipo de afirmação desconhecido '{kind}'; disponíveis: {kinds}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>{region}'s published coca area in {year}: {ha:,.0f} ha ({source})</source>
            <translation>Área de coca publicada de {region} em {year}: {ha:,.0f} ha ({source})</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <location filename="../plugin/core/report/figures.py" />
            <location filename="../plugin/core/schemas.py" />
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <location filename="../plugin/core/trends.py" />
            <source>hectares</source>
            <translation>hectares</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <location filename="../plugin/core/schemas.py" />
            <source>km²</source>
            <translation>km²</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>square kilometres</source>
            <translation>quilômetros quadrados</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>mi²</source>
            <translation>mi²</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>square miles</source>
            <translation>milhas quadradas</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>ac</source>
            <translation>ac</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>acres</source>
            <translation>acres</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <location filename="../plugin/core/schemas.py" />
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>metres</source>
            <translation>metros</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <location filename="../plugin/core/report/figures.py" />
            <location filename="../plugin/core/report/sheet.py" />
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>kilometres</source>
            <translation>quilômetros</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>PNG image</source>
            <translation>Imagem PNG</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>PNG images (*.png)</source>
            <translation>Imagens PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>{n} districts not found: {names}. Likely reason: they were created after the census of the boundary file; their land may lie in the older district they were split from.</source>
            <translation>{n} distritos não encontrados: {names}. Causa provável: foram criados depois do censo do arquivo de limites; seu território pode estar no distrito mais antigo do qual foram separados.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>The bundled VRAEM data could not be read: {path}</source>
            <translation>Não foi possível ler os dados do VRAEM incluídos: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>The district layer is not valid or could not be read.</source>
            <translation>A camada de distritos não é válida ou não pôde ser lida.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>The district layer must have polygon geometries.</source>
            <translation>A camada de distritos deve ter geometrias de polígono.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>The district layer has no coordinate reference system; set one and try again.</source>
            <translation>A camada de distritos não tem sistema de referência de coordenadas; defina um e tente novamente.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>The district layer has no features.</source>
            <translation>A camada de distritos não tem feições.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>Field {field} has malformed UBIGEO codes (expected 6 digits): {values}</source>
            <translation>O campo {field} tem códigos UBIGEO malformados (esperados 6 dígitos): {values}</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>Field {field} has duplicated UBIGEO codes: {values}</source>
            <translation>O campo {field} tem códigos UBIGEO duplicados: {values}</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>No UBIGEO field and no district-name field was found in the layer (expected e.g. IDDIST, UBIGEO or NOMBDIST, DISTRITO).</source>
            <translation>Nenhum campo UBIGEO nem campo de nome de distrito foi encontrado na camada (esperado, por exemplo, IDDIST, UBIGEO ou NOMBDIST, DISTRITO).</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>VRAEM zone (from district boundaries)</source>
            <translation>Zona do VRAEM (a partir dos limites distritais)</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>Districts matched by {method} ({field}): {n} of {total}</source>
            <translation>Distritos identificados por {method} ({field}): {n} de {total}</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <location filename="../plugin/processing/layers/common.py" />
            <source>VRAEM districts</source>
            <translation>Distritos do VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>None of the 79 VRAEM districts was found in the layer.</source>
            <translation>Nenhum dos 79 distritos do VRAEM foi encontrado na camada.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>{n} invalid district geometries were repaired (in the copy only).</source>
            <translation>{n} geometrias de distrito inválidas foram reparadas (somente na cópia).</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>Union of {n} of the 79 VRAEM districts found in the layer {layer}. Not found: {missing}.</source>
            <translation>União de {n} dos 79 distritos do VRAEM encontrados na camada {layer}. Não encontrados: {missing}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>VRAEM districts (from district boundaries)</source>
            <translation>Distritos do VRAEM (de limites distritais)</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>INEI 2023 district limits (lincolneulogio/peru-geojson)</source>
            <translation>Limites distritais INEI 2023 (lincolneulogio/peru-geojson)</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>INEI 2007 district limits (juaneladio/peru-geojson)</source>
            <translation>Limites distritais INEI 2007 (juaneladio/peru-geojson)</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>The source {name} has an invalid file suffix '{suffix}' (expected e.g. .geojson).</source>
            <translation>A fonte {name} tem uma extensão de arquivo inválida '{suffix}' (esperado p. ex. .geojson).</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Checksum mismatch for {name}: expected {expected}, got {actual}. The file was not kept.</source>
            <translation>A soma de verificação de {name} não confere: esperada {expected}, obtida {actual}. O arquivo não foi mantido.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>The downloaded file of {name} has the right checksum but cannot be read as a vector layer; it was not kept.</source>
            <translation>O arquivo baixado de {name} tem a soma de verificação correta, mas não pode ser lido como camada vetorial; não foi mantido.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>The source {name} has no valid sha256 checksum.</source>
            <translation>A fonte {name} não tem uma soma de verificação sha256 válida.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Using the cached file {path}</source>
            <translation>Usando o arquivo em cache {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download cancelled.</source>
            <translation>Download cancelado.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download refused: the file is larger than {mb} MB.</source>
            <translation>Download recusado: o arquivo tem mais de {mb} MB.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>The download could not be written to the cache: {error}</source>
            <translation>Não foi possível gravar o download no cache: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download failed: too many redirects from {url} (a redirect loop?).</source>
            <translation>O download falhou: redirecionamentos demais a partir de {url} (um ciclo de redirecionamentos?).</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download incomplete: received {got} of {total} bytes ({error}). Nothing was kept.</source>
            <translation>Download incompleto: recebidos {got} de {total} bytes ({error}). Nada foi mantido.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download failed: the server answered HTTP {status} for {url}</source>
            <translation>O download falhou: o servidor respondeu HTTP {status} para {url}</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download failed: {error}</source>
            <translation>O download falhou: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download incomplete: received {got} of {total} bytes. Nothing was kept.</source>
            <translation>Download incompleto: recebidos {got} de {total} bytes. Nada foi mantido.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>District boundaries downloaded from {url} (sha256 {sha}).</source>
            <translation>Limites distritais baixados de {url} (sha256 {sha}).</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>The downloaded file could not be read: {path}</source>
            <translation>Não foi possível ler o arquivo baixado: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <source>The layer '{name}' has no coordinate reference system; set its CRS first.</source>
            <translation>A camada “{name}” não tem sistema de referência de coordenadas; defina primeiro o SRC dela.</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <source>The layer has no coordinate reference system; set its CRS first.</source>
            <translation>A camada não tem sistema de referência de coordenadas; defina primeiro o SRC dela.</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <source>The CRS of the layer '{name}' ({crs}) is a local (engineering) system with no link to the Earth: its areas and distances cannot be measured on the ellipsoid. Assign a geographic or projected CRS.</source>
            <translation>O SRC da camada '{name}' ({crs}) é um sistema local (de engenharia) sem vínculo com a Terra: suas áreas e distâncias não podem ser medidas no elipsoide. Atribua um SRC geográfico ou projetado.</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <location filename="../plugin/processing/outputs.py" />
            <source>Cancelled by the user; nothing was written.</source>
            <translation>Cancelado pelo usuário; nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <source>The field '{field}' ({purpose}) is not in the layer '{layer}'.</source>
            <translation>O campo “{field}” ({purpose}) não está na camada “{layer}”.</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <source>The layer '{name}' must contain polygons.</source>
            <translation>A camada “{name}” deve conter polígonos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be a number; got '{value}'.</source>
            <translation>{what} deve ser um número; recebido '{value}'.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be a finite number; got {value}.</source>
            <translation>{what} deve ser um número finito; recebido {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be between {minimum:g} and {maximum:g}; got {value}.</source>
            <translation>{what} deve estar entre {minimum:g} e {maximum:g}; recebido {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be more than {minimum:g}; got {value}.</source>
            <translation>{what} deve ser maior que {minimum:g}; recebido {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be {minimum:g} or more; got {value}.</source>
            <translation>{what} deve ser {minimum:g} ou mais; recebido {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be at most {maximum:g}; got {value}.</source>
            <translation>{what} deve ser no máximo {maximum:g}; recebido {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The buffer distance must be a number of metres.</source>
            <translation>A distância da área de influência deve ser um número de metros.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>The buffer distance must be more than 0.</source>
            <translation>A distância da área de influência deve ser maior que 0.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The buffer distance {km:,.0f} km is absurd: at most {max:,.0f} km.</source>
            <translation>Uma distância de {km:,.0f} km para a área de influência é absurda: no máximo {max:,.0f} km.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The layer '{name}' has no point, line or polygon geometry.</source>
            <translation>A camada “{name}” não tem geometria de ponto, linha nem polígono.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The features of '{name}' cannot be placed on the ellipsoid (check the layer's CRS).</source>
            <translation>As feições de '{name}' não podem ser situadas no elipsoide (verifique o SRC da camada).</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The features of '{name}' (with the buffer distance) cross the 180° meridian: buffers and overlaps there cannot be measured reliably.</source>
            <translation>As feições de '{name}' (com a distância do buffer) cruzam o meridiano de 180°: ali os buffers e as sobreposições não podem ser medidos de forma confiável.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The features of '{name}' (with the buffer distance) reach a pole: buffers and overlaps there cannot be measured reliably.</source>
            <translation>As feições de '{name}' (com a distância do buffer) alcançam um polo: ali os buffers e as sobreposições não podem ser medidos de forma confiável.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The source layer has no feature to buffer.</source>
            <translation>A camada de origem não tem nenhuma feição para gerar a área de influência.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>{n} invalid geometries were repaired before measuring (the layers are unchanged).</source>
            <translation>{n} geometrias inválidas foram reparadas antes da medição (as camadas não foram alteradas).</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>{n} source features have no geometry and were skipped.</source>
            <translation>{n} feições de origem não têm geometria e foram ignoradas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>{n} target features have no geometry and were skipped.</source>
            <translation>{n} feições de destino não têm geometria e foram ignoradas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>planned</source>
            <translation>planejado</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>in progress</source>
            <translation>em andamento</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>eradicated</source>
            <translation>erradicado</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>suspended</source>
            <translation>suspenso</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>SAMPLE (synthetic)</source>
            <translation>AMOSTRA (sintética)</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>SAMPLE: synthetic sector for demonstration only; not a real eradication plan</source>
            <translation>AMOSTRA: setor sintético apenas para demonstração; não é um plano de erradicação real</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>none (synthetic)</source>
            <translation>nenhuma (dados sintéticos)</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>SAMPLE sector {number} near {town}</source>
            <translation>AMOSTRA: setor {number} perto de {town}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Sector ID</source>
            <translation>Código do setor</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Sector name</source>
            <translation>Nome do setor</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Plan year</source>
            <translation>Ano do plano</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Agency</source>
            <translation>Órgão</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Target (ha)</source>
            <translation>Meta (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Status must be planned, in progress, eradicated or suspended</source>
            <translation>A situação deve ser planejado, em andamento, erradicado ou suspenso</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Plan year must be between 2000 and 2100</source>
            <translation>O ano do plano deve estar entre 2000 e 2100</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Target hectares cannot be negative</source>
            <translation>Os hectares da meta não podem ser negativos</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <location filename="../plugin/processing/layers/import_plan.py" />
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>Eradication plan</source>
            <translation>Plano de erradicação</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Choose a GeoPackage file for the new eradication plan.</source>
            <translation>Escolha um arquivo GeoPackage para o novo plano de erradicação.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The coordinate reference system of the new plan is not valid.</source>
            <translation>O sistema de referência de coordenadas do novo plano não é válido.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The file exists but is not a readable GeoPackage: {path}</source>
            <translation>O arquivo existe, mas não é um GeoPackage legível: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The GeoPackage already has a layer named {name}; choose another name.</source>
            <translation>O GeoPackage já tem uma camada chamada {name}; escolha outro nome.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The plan was created but could not be opened: {path}</source>
            <translation>O plano foi criado, mas não pôde ser aberto: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The plan could not be created: {error}</source>
            <translation>Não foi possível criar o plano: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Eradication plan form: value map and constraints</source>
            <translation>Formulário do plano de erradicação: mapa de valores e restrições</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>File not found: {path}</source>
            <translation>Arquivo não encontrado: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The CSV file has no geometry column (expected a WKT column named wkt or geometry): {path}</source>
            <translation>O arquivo CSV não tem coluna de geometria (esperada uma coluna WKT chamada wkt ou geometry): {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The file could not be read (unreadable or corrupt): {path}</source>
            <translation>Não foi possível ler o arquivo (ilegível ou corrompido): {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The KML file could not be read: {error}</source>
            <translation>Não foi possível ler o arquivo KML: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The attributes of a KML file whose placemarks are in several folders cannot be read with this GDAL (it has no LIBKML driver). Save the file as a GeoPackage and import that.</source>
            <translation>Os atributos de um arquivo KML cujos marcadores estão em várias pastas não podem ser lidos com este GDAL (ele não tem o driver LIBKML). Salve o arquivo como GeoPackage e importe esse.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row} of {path} has a geometry (WKT) that cannot be read; fix it and import again.</source>
            <translation>A linha {row} de {path} tem uma geometria (WKT) que não pode ser lida; corrija-a e importe novamente.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row}: plan year '{value}' is not a year.</source>
            <translation>Linha {row}: o ano do plano “{value}” não é um ano.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row}: target hectares '{value}' is not a number.</source>
            <translation>Linha {row}: os hectares da meta “{value}” não são um número.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row}: status '{value}' is not one of planned, in progress, eradicated, suspended.</source>
            <translation>Linha {row}: a situação “{value}” não é nenhuma de planejado, em andamento, erradicado, suspenso.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Unknown plan field in the field map: {name}</source>
            <translation>Campo do plano desconhecido no mapeamento de campos: {name}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The layer has no field named {name}.</source>
            <translation>A camada não tem nenhum campo chamado {name}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The layer is not valid.</source>
            <translation>A camada não é válida.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>An eradication plan needs polygons; this layer has no polygon geometry.</source>
            <translation>Um plano de erradicação precisa de polígonos; esta camada não tem geometria de polígono.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The layer has no coordinate reference system; set one and try again.</source>
            <translation>A camada não tem sistema de referência de coordenadas; defina um e tente novamente.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Eradication plan ({name})</source>
            <translation>Plano de erradicação ({name})</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row} of {name} has no geometry: draw its polygon or delete the row, then load the plan again (nothing was imported).</source>
            <translation>A linha {row} de {name} não tem geometria: desenhe seu polígono ou exclua a linha e carregue o plano novamente (nada foi importado).</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row} of {name} has an invalid geometry that could not be repaired: redraw its polygon or delete the row, then load the plan again (nothing was imported).</source>
            <translation>A linha {row} de {name} tem uma geometria inválida que não pôde ser reparada: redesenhe seu polígono ou exclua a linha e carregue o plano novamente (nada foi importado).</translation>
        </message>
        <message>
            <location filename="../plugin/core/plausibility.py" />
            <source>Potential yield assumes that the whole of every analysed polygon is coca.</source>
            <translation>A produção potencial supõe que cada polígono analisado é inteiramente coca.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plausibility.py" />
            <source>At least one polygon measures {ha:,.0f} ha or more, far larger than a coca field (flagged above {limit:,.0f} ha): its yield is not plausible.</source>
            <translation>Pelo menos um polígono mede {ha:,.0f} ha ou mais, muito maior que uma lavoura de coca (sinalizado acima de {limit:,.0f} ha): sua produção não é plausível.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plausibility.py" />
            <source>The polygons total {ha:,.0f} ha, more than Peru's largest published coca area of any year ({peak:,.0f} ha in {year}): they cannot all be coca.</source>
            <translation>Os polígonos somam {ha:,.0f} ha, mais que a maior área de coca publicada do Peru em qualquer ano ({peak:,.0f} ha em {year}): não podem ser todos coca.</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the field '{field}' is not in the layer</source>
            <translation>o campo '{field}' não está na camada</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>QGIS has no PostgreSQL provider</source>
            <translation>o QGIS não tem o provedor PostgreSQL</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the layer is in edit mode</source>
            <translation>a camada está em modo de edição</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>only some of its features are read (selection, limit or filter)</source>
            <translation>só algumas de suas feições são lidas (seleção, limite ou filtro)</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the layer has a filter it cannot translate</source>
            <translation>a camada tem um filtro que não pode ser traduzido</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the layer is an SQL query, not a table</source>
            <translation>a camada é uma consulta SQL, não uma tabela</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>its key is not one integer column (QGIS numbers the features itself)</source>
            <translation>sua chave não é uma única coluna inteira (o QGIS numera as feições por conta própria)</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>its CRS ({crs}) is not stored as EPSG:4326 or WGS 84 / UTM</source>
            <translation>seu SRC ({crs}) não está armazenado como EPSG:4326 nem WGS 84 / UTM</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>'{name}' is in another database</source>
            <translation>'{name}' está em outro banco de dados</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>'{name}' is in another CRS</source>
            <translation>'{name}' está em outro SRC</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the database refused the query: {error}</source>
            <translation>o banco de dados recusou a consulta: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>'{name}' is a PostGIS layer but is measured in QGIS: {reason}.</source>
            <translation>'{name}' é uma camada PostGIS, mas é medida no QGIS: {reason}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>only the selected features are wanted</source>
            <translation>só as feições selecionadas são pedidas</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the measuring ellipsoid is {ellipsoid}, not WGS84</source>
            <translation>o elipsoide de medição é {ellipsoid}, não WGS84</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the zone is not in PostGIS</source>
            <translation>a zona não está no PostGIS</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the districts are not in PostGIS</source>
            <translation>os distritos não estão no PostGIS</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>no district name field</source>
            <translation>não há campo de nome de distrito</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>'{name}' was measured inside its PostGIS database.</source>
            <translation>'{name}' foi medida dentro de seu banco de dados PostGIS.</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>The overlaps with '{name}' were computed inside its PostGIS database.</source>
            <translation>As sobreposições com '{name}' foram calculadas dentro de seu banco de dados PostGIS.</translation>
        </message>
        <message>
            <location filename="../plugin/core/project_storage.py" />
            <source>Save the project first: its layers are stored beside the project file.</source>
            <translation>Salve o projeto primeiro: suas camadas são guardadas ao lado do arquivo do projeto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/project_storage.py" />
            <source>The project is not saved as a file, so its temporary layers cannot be stored beside it; save them with Make Permanent, or save the project as a file.</source>
            <translation>O projeto não está salvo como arquivo, então suas camadas temporárias não podem ser guardadas ao lado dele; salve-as com Tornar permanente ou salve o projeto como arquivo.</translation>
        </message>
        <message>
            <location filename="../plugin/core/project_storage.py" />
            <source>The layer '{name}' could not be stored in {path}: {error}</source>
            <translation>Não foi possível guardar a camada '{name}' em {path}: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/project_storage.py" />
            <source>The project file describes the layer '{name}' without a data source.</source>
            <translation>O arquivo do projeto descreve a camada '{name}' sem fonte de dados.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>VRAEM zone (approximate)</source>
            <translation>Zona do VRAEM (aproximada)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>District capitals</source>
            <translation>Capitais distritais</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Towns</source>
            <translation>Localidades</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Border crossings</source>
            <translation>Passagens de fronteira</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Aerodromes</source>
            <translation>Aeródromos</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Eradication plan (SAMPLE)</source>
            <translation>Plano de erradicação (AMOSTRA)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Compiled from the VRAEM Analyst facts (shared/facts); every feature carries its source and confidence.</source>
            <translation>Compilado a partir dos dados de referência do VRAEM Analyst (shared/facts); cada feição traz sua fonte e seu grau de confiança.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>APPROXIMATE outline of the VRAEM (Valle de los ríos Apurímac, Ene y Mantaro): union of Thiessen (Voronoi) cells of the capitals of its 79 districts, clipped to Natural Earth departments. Not an official boundary; areas measured on it are approximate. For an exact zone build it from district boundaries.</source>
            <translation>Contorno APROXIMADO do VRAEM (Valle de los ríos Apurímac, Ene y Mantaro): união dos polígonos de Thiessen (Voronoi) das capitais de seus 79 distritos, recortada pelos departamentos do Natural Earth. Não é um limite oficial; as áreas medidas sobre ele são aproximadas. Para uma zona exata, construa-a a partir de limites distritais.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Capitals of the VRAEM districts and their neighbours (INEI populated places) with UBIGEO, province, department, VRAEM membership and DEVIDA coca subzone. Rows without published coordinates have no geometry.</source>
            <translation>Capitais dos distritos do VRAEM e de seus vizinhos (centros povoados do INEI) com UBIGEO, província, departamento, pertencimento ao VRAEM e subzona cocaleira da DEVIDA. As linhas sem coordenadas publicadas não têm geometria.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Key towns of the VRAEM (INEI populated places).</source>
            <translation>Principais localidades do VRAEM (centros povoados do INEI).</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Border crossings of Peru toward Bolivia, Brazil, Colombia, Ecuador and Chile; points are the Peruvian-side town, not the checkpoint. One crossing has no coordinates.</source>
            <translation>Passagens de fronteira do Peru para a Bolívia, o Brasil, a Colômbia, o Equador e o Chile; os pontos são a localidade do lado peruano, não o posto de controle. Uma passagem não tem coordenadas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Aerodromes of Peru (small, medium and large airports, heliports, closed) from OurAirports: known, mostly registered aerodromes, not clandestine airstrips. in_zone marks those inside the approximate VRAEM zone.</source>
            <translation>Aeródromos do Peru (aeroportos pequenos, médios e grandes, helipontos, fechados) do OurAirports: aeródromos conhecidos, na maioria registrados, não pistas clandestinas. in_zone marca os que estão dentro da zona aproximada do VRAEM.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>SAMPLE eradication plan: synthetic sectors generated by a seeded script for demonstration. Not real data; never use it for decisions.</source>
            <translation>Plano de erradicação de AMOSTRA: setores sintéticos gerados por um script com semente fixa para demonstração. Não são dados reais; nunca o use para tomar decisões.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Peru and its neighbours, from QGIS's world map (Natural Earth, public domain).</source>
            <translation>O Peru e seus vizinhos, do mapa-múndi do QGIS (Natural Earth, domínio público).</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Reference table of the VRAEM Analyst facts.</source>
            <translation>Tabela de referência dos dados do VRAEM Analyst.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com</source>
            <translation>Feito com Natural Earth. Dados cartográficos vetoriais e raster gratuitos @ naturalearthdata.com</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Public domain (Natural Earth)</source>
            <translation>Domínio público (Natural Earth)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Source: OurAirports (ourairports.com), airports.csv; see each feature's source field.</source>
            <translation>Fonte: OurAirports (ourairports.com), airports.csv; veja o campo source de cada feição.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Public domain (OurAirports, Unlicense)</source>
            <translation>Domínio público (OurAirports, Unlicense)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Sources: INEI (UBIGEO, populated places) via github.com/jmcastagnetto/ubigeo-peru-aumentado; PCM GEOPERU (VRAEM list); DEVIDA; UNODC; Migraciones; Natural Earth. See each feature's source field.</source>
            <translation>Fontes: INEI (UBIGEO, centros povoados) via github.com/jmcastagnetto/ubigeo-peru-aumentado; PCM GEOPERU (lista do VRAEM); DEVIDA; UNODC; Migraciones; Natural Earth. Veja o campo de fonte de cada feição.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <location filename="../plugin/core/series.py" />
            <source>VRAEM</source>
            <translation>VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>neighbour</source>
            <translation>vizinho</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <location filename="../plugin/core/series.py" />
            <source>Peru</source>
            <translation>Peru</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Bolivia</source>
            <translation>Bolívia</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Brazil</source>
            <translation>Brasil</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Colombia</source>
            <translation>Colômbia</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Ecuador</source>
            <translation>Equador</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Chile</source>
            <translation>Chile</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Venezuela</source>
            <translation>Venezuela</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Guyana</source>
            <translation>Guiana</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Paraguay</source>
            <translation>Paraguai</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Argentina</source>
            <translation>Argentina</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Panama</source>
            <translation>Panamá</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>large airport</source>
            <translation>aeroporto grande</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>medium airport</source>
            <translation>aeroporto médio</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>small airport</source>
            <translation>aeroporto pequeno</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>heliport</source>
            <translation>heliponto</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>closed</source>
            <translation>fechado</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>the layer '{name}' is not valid (its file may be missing)</source>
            <translation>a camada '{name}' não é válida (seu arquivo pode estar faltando)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>the layer '{name}' has no polygons</source>
            <translation>a camada '{name}' não tem polígonos</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>the layer '{name}' has no features (a temporary layer that was not kept when the project was saved?)</source>
            <translation>a camada '{name}' não tem feições (uma camada temporária que não foi mantida ao salvar o projeto?)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>approximate, from district capitals</source>
            <translation>aproximada, a partir das capitais de distrito</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>built from district boundaries</source>
            <translation>construída a partir de limites distritais</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>'{name}' ({kind})</source>
            <translation>'{name}' ({kind})</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>{matched} of {total} districts, {share:.0f} % of the approximate zone's area</source>
            <translation>{matched} de {total} distritos, {share:.0f} % da área da zona aproximada</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>The zone cannot be used: {problem}.</source>
            <translation>Não é possível usar a zona: {problem}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Zone: {zone}.</source>
            <translation>Zona: {zone}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Not used: {reasons}.</source>
            <translation>Não usada: {reasons}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>No zone is used: {reasons}. Add the VRAEM layers or build the zone again.</source>
            <translation>Nenhuma zona é usada: {reasons}. Adicione as camadas VRAEM ou construa a zona novamente.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>No zone in the project: the part inside the zone is not computed.</source>
            <translation>Não há zona no projeto: a parte dentro da zona não é calculada.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>The bundled VRAEM data is missing ({path}); reinstall the plugin.</source>
            <translation>Os dados do VRAEM incluídos no complemento estão faltando ({path}); reinstale o complemento.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>Track</source>
            <translation>Trajeto</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Entry (UTC)</source>
            <translation>Entrada (UTC)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Exit (UTC)</source>
            <translation>Saída (UTC)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Minutes in the zone</source>
            <translation>Minutos na zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>km in the zone</source>
            <translation>km na zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Crossed into</source>
            <translation>Cruzou para</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>Interception (UTC)</source>
            <translation>Interceptação (UTC)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>From base</source>
            <translation>Da base</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>Before exit</source>
            <translation>Antes da saída</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>not reached</source>
            <translation>não alcançada</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>… and {count} more tracks in the zone</source>
            <translation>… e mais {count} trajetos na zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>No track entered the zone.</source>
            <translation>Nenhum trajeto entrou na zona.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Reach of the {aircraft} from stops in the zone</source>
            <translation>Alcance do {aircraft} a partir de paradas na zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>The air picture has nothing to show (no tracks?).</source>
            <translation>O panorama aéreo não tem nada a mostrar (sem trajetos?).</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Air picture: flight tracks against the no-fly zone</source>
            <translation>Panorama aéreo: trajetos de voo diante da zona de exclusão aérea</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/core/report/sheet.py" />
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>Export to {path} failed ({code}). {error}</source>
            <translation>A exportação para {path} falhou ({code}). {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>Export to {path} wrote no file.</source>
            <translation>A exportação para {path} não gravou nenhum arquivo.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>The resolution must be a positive number of dots per inch.</source>
            <translation>A resolução deve ser um número positivo de pontos por polegada.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>Choose a .pdf or .png file to export the layout.</source>
            <translation>Escolha um arquivo .pdf ou .png para exportar o layout.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>The export was cancelled.</source>
            <translation>A exportação foi cancelada.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>This layout has no atlas.</source>
            <translation>Este layout não tem atlas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>The atlas has no pages to export.</source>
            <translation>O atlas não tem páginas para exportar.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>Atlas page {n} could not be prepared.</source>
            <translation>Não foi possível preparar a página {n} do atlas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>The zone boundary is approximate (built from district capitals), not the legal limit.</source>
            <translation>O limite da zona é aproximado (construído a partir das capitais distritais), não é o limite legal.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>The zone is the union of the VRAEM districts found in the boundary layer used; districts missing from that layer are not included.</source>
            <translation>A zona é a união dos distritos do VRAEM encontrados na camada de limites usada; os distritos ausentes dessa camada não estão incluídos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Eradication plans marked SAMPLE are invented test data, not real operations.</source>
            <translation>Os planos de erradicação marcados como AMOSTRA (SAMPLE) são dados de teste inventados, não operações reais.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Zone, towns and crossings: INEI populated places, PCM GEOPERU district list</source>
            <translation>Zona, localidades e passagens de fronteira: centros povoados do INEI, lista de distritos do GEOPERU (PCM)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Basemap: Natural Earth (QGIS world map)</source>
            <translation>Mapa base: Natural Earth (mapa-múndi do QGIS)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>A yield range needs three values: low, central and high.</source>
            <translation>Uma faixa de rendimento precisa de três valores: baixo, central e alto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>VRAEM zone area (approximate)</source>
            <translation>Área da zona do VRAEM (aproximada)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>VRAEM zone area</source>
            <translation>Área da zona do VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Area analysed</source>
            <translation>Área analisada</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>of which inside the zone</source>
            <translation>da qual dentro da zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Potential coca leaf, low</source>
            <translation>Folha de coca potencial, baixa</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <location filename="../plugin/core/schemas.py" />
            <source>t/yr</source>
            <translation>t/ano</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Potential coca leaf, central</source>
            <translation>Folha de coca potencial, central</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Potential coca leaf, high</source>
            <translation>Folha de coca potencial, alta</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <location filename="../plugin/core/schemas.py" />
            <source>Potential cocaine HCl, low</source>
            <translation>Cocaína HCl potencial, baixa</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Potential cocaine HCl, central</source>
            <translation>Cocaína HCl potencial, central</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <location filename="../plugin/core/schemas.py" />
            <source>Potential cocaine HCl, high</source>
            <translation>Cocaína HCl potencial, alta</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Inside the buffers</source>
            <translation>Dentro das áreas de influência</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>points</source>
            <translation>pontos</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Features touching the buffers</source>
            <translation>Feições que tocam as áreas de influência</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Within {km} km of {layer}</source>
            <translation>A menos de {km} km de {layer}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>share of the feature inside the buffers</source>
            <translation>proporção da feição dentro das áreas de influência</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <location filename="../plugin/core/schemas.py" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Unknown layout template: {name}</source>
            <translation>Modelo de layout desconhecido: {name}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layout template could not be read: {path}</source>
            <translation>Não foi possível ler o modelo de layout: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layout template is not valid XML: {path}</source>
            <translation>O modelo de layout não é um XML válido: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layout template could not be loaded: {path}</source>
            <translation>Não foi possível carregar o modelo de layout: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layout template lacks the items: {ids}</source>
            <translation>Faltam itens no modelo de layout: {ids}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>WGS 84</source>
            <translation>WGS 84</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>WGS 84 / UTM zone {zone}</source>
            <translation>WGS 84 / UTM zona {zone}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layer {name} has no coordinate reference system.</source>
            <translation>A camada {name} não tem sistema de referência de coordenadas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Figure</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>{date} · prepared by {author}</source>
            <translation>{date} · elaborado por {author}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Analysed layer: {layer}</source>
            <translation>Camada analisada: {layer}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Parameter set: {name}</source>
            <translation>Conjunto de parâmetros: {name}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The report needs at least one layer to show.</source>
            <translation>O relatório precisa de pelo menos uma camada para mostrar.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layer {name} is not valid.</source>
            <translation>A camada {name} não é válida.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>VRAEM report {date}</source>
            <translation>Relatório VRAEM {date}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layers to show have no extent (are they empty?).</source>
            <translation>As camadas a mostrar não têm extensão (estão vazias?).</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <location filename="../plugin/gui/sections/export.py" />
            <source>VRAEM: areas and potential coca yield</source>
            <translation>VRAEM: áreas e rendimento potencial de coca</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Sources: {sources}</source>
            <translation>Fontes: {sources}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Main map: {crs} ({authid})</source>
            <translation>Mapa principal: {crs} ({authid})</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Overview map: {crs} · areas: ellipsoidal ({ellipsoid})</source>
            <translation>Mapa de localização: {crs} · áreas: elipsoidais ({ellipsoid})</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>VRAEM Analyst · {date}</source>
            <translation>VRAEM Analyst · {date}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layout could not be added to the project.</source>
            <translation>Não foi possível adicionar o layout ao projeto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Trends: coca area and eradication by year</source>
            <translation>Tendências: área de coca e erradicação por ano</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The atlas needs a valid polygon layer.</source>
            <translation>O atlas precisa de uma camada de polígonos válida.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The atlas layer {name} has no features.</source>
            <translation>A camada do atlas {name} não tem feições.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/styles.py" />
            <source>The bundled font {name} could not be loaded.</source>
            <translation>Não foi possível carregar a fonte tipográfica incluída {name}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/styles.py" />
            <location filename="../plugin/gui/figures.py" />
            <source>All features</source>
            <translation>Todas as feições</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/styles.py" />
            <source>This page's feature</source>
            <translation>Feição desta página</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Potential leaf, low</source>
            <translation>Folha potencial, baixa</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Potential leaf</source>
            <translation>Folha potencial</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Potential leaf, high</source>
            <translation>Folha potencial, alta</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Potential cocaine HCl</source>
            <translation>Cocaína HCl potencial</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Feature</source>
            <translation>Feição</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Inside zone</source>
            <translation>Dentro da zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>District</source>
            <translation>Distrito</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Geometry repaired</source>
            <translation>Geometria reparada</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>No geometry</source>
            <translation>Sem geometria</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Label</source>
            <translation>Rótulo</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Scope</source>
            <translation>Âmbito</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/gui/options.py" />
            <location filename="../plugin/gui/sections/areas.py" />
            <location filename="../plugin/gui/sections/export.py" />
            <source>Parameter set</source>
            <translation>Conjunto de parâmetros</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Sources</source>
            <translation>Fontes</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Range basis</source>
            <translation>Base do intervalo</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Overlap</source>
            <translation>Sobreposição</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Points inside</source>
            <translation>Pontos dentro</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>count</source>
            <translation>quantidade</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Length inside</source>
            <translation>Comprimento dentro</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Target feature</source>
            <translation>Feição de destino</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Buffered features</source>
            <translation>Feições com buffer</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Buffers</source>
            <translation>Áreas de influência</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>Length</source>
            <translation>Comprimento</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Source feature</source>
            <translation>Feição de origem</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Buffer</source>
            <translation>Buffer</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Target features</source>
            <translation>Feições alvo</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Distance</source>
            <translation>Distância</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Reference</source>
            <translation>Referência</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Ratio</source>
            <translation>Proporção</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>kg HCl/ha</source>
            <translation>kg HCl/ha</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Cocaine for the claimed area</source>
            <translation>Cocaína para a área declarada</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/gui/sections/claim.py" />
            <source>t</source>
            <translation>t</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Claim ÷ reference</source>
            <translation>Afirmação ÷ referência</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Basis</source>
            <translation>Base</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <location filename="../plugin/gui/sections/layers.py" />
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <location filename="../plugin/core/series.py" />
            <source>The bundled coca-area series is empty.</source>
            <translation>A série de áreas de coca incluída está vazia.</translation>
        </message>
        <message>
            <location filename="../plugin/core/series.py" />
            <source>Unknown region '{region}': use peru or vraem.</source>
            <translation>Região desconhecida '{region}': use peru ou vraem.</translation>
        </message>
        <message>
            <location filename="../plugin/core/series.py" />
            <source>The year must be a whole number such as 2020.</source>
            <translation>O ano deve ser um número inteiro, por exemplo 2020.</translation>
        </message>
        <message>
            <location filename="../plugin/core/series.py" />
            <source>{year} is outside the published coca-area series ({first}–{last}); nearest years with a {region} figure: {nearest}.</source>
            <translation>{year} está fora da série publicada de áreas de coca ({first}–{last}); anos mais próximos com um número de {region}: {nearest}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/series.py" />
            <source>No {region} coca area was published for {year}; nearest years with data: {nearest}.</source>
            <translation>Nenhuma área de coca de {region} foi publicada para {year}; anos mais próximos com dados: {nearest}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/snapshot.py" />
            <source>The layer '{name}' is not valid or could not be read.</source>
            <translation>A camada “{name}” não é válida ou não pôde ser lida.</translation>
        </message>
        <message>
            <location filename="../plugin/core/totals.py" />
            <source>GDAL could not read '{name}' ({error}); it is read through QGIS instead.</source>
            <translation>O GDAL não conseguiu ler '{name}' ({error}); a camada é lida através do QGIS.</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>The trends chart needs matplotlib, which is not installed (on Debian or Ubuntu: python3-matplotlib; QGIS's Windows and macOS installers include it). Everything else works without it.</source>
            <translation>O gráfico de tendências precisa do matplotlib, que não está instalado (no Debian ou Ubuntu: python3-matplotlib; os instaladores do QGIS para Windows e macOS o incluem). Todo o resto funciona sem ele.</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Eradicated (CORAH)</source>
            <translation>Erradicado (CORAH)</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Eradicated: partial year, lower bound or approximate</source>
            <translation>Erradicado: ano parcial, limite inferior ou aproximado</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Coca area, Peru</source>
            <translation>Área de coca, Peru</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Coca area, VRAEM</source>
            <translation>Área de coca, VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>{label}: {ha:,.0f} ha</source>
            <translation>{label}: {ha:,.0f} ha</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Coca area and eradication in Peru, {first}–{last}</source>
            <translation>Área de coca e erradicação no Peru, {first}–{last}</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>VRAEM share of Peru</source>
            <translation>Participação do VRAEM no Peru</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>VRAEM share (%)</source>
            <translation>Participação do VRAEM (%)</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>{year}: DEVIDA methodology (areas in production), not comparable with earlier years</source>
            <translation>{year}: metodologia da DEVIDA (áreas em produção), não comparável com anos anteriores</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Gaps are years without a published figure (never interpolated). Sources: UNODC coca surveys (2004–2017), DEVIDA monitoring (2018–2024), CORAH/Mininter eradication, as bundled with each year's source.</source>
            <translation>As lacunas são anos sem número publicado (nunca interpolados). Fontes: monitoramentos de coca do UNODC (2004–2017), monitoramento da DEVIDA (2018–2024), erradicação do CORAH/Mininter, incluídos com a fonte de cada ano.</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Choose a .svg or .png file for the trends chart.</source>
            <translation>Escolha um arquivo .svg ou .png para o gráfico de tendências.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{year}: {source}</source>
            <translation>{year}: {source}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Yield parameters must be positive numbers.</source>
            <translation>Os parâmetros de rendimento devem ser números positivos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Leaf yields must satisfy low ≤ central ≤ high.</source>
            <translation>Os rendimentos de folha devem cumprir baixo ≤ central ≤ alto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Leaf per cocaine HCl must satisfy lowest ≤ central ≤ highest.</source>
            <translation>A folha por cocaína HCl deve satisfazer menor ≤ central ≤ maior.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>central leaf yield</source>
            <translation>rendimento central de folha</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>low leaf yield</source>
            <translation>rendimento baixo de folha</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>low leaf yield (a floor: DEVIDA said 'above 3 t/ha'; not an estimate)</source>
            <translation>rendimento baixo de folha (um piso: a DEVIDA disse «acima de 3 t/ha»; não é uma estimativa)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>high leaf yield (derived point for 2016; no published upper bound found)</source>
            <translation>rendimento alto de folha (valor derivado para 2016; não se encontrou limite superior publicado)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>high leaf yield (derived point for 2016; 2013 was higher, see observed rows)</source>
            <translation>rendimento alto de folha (valor derivado para 2016; 2013 foi maior, veja as linhas observadas)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>observed national yield (derived; highest found)</source>
            <translation>rendimento nacional observado (derivado; o mais alto encontrado)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>observed national yield (derived; lowest found after 2006)</source>
            <translation>rendimento nacional observado (derivado; o mais baixo encontrado depois de 2006)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>leaf to cocaine HCl conversion</source>
            <translation>conversão de folha em cocaína HCl</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>observed conversion implied by UNODC's own figures</source>
            <translation>conversão observada que decorre dos próprios números do UNODC</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>VRAEM (UNODC/DEVIDA leaf yields)</source>
            <translation>VRAEM (rendimentos de folha do UNODC/DEVIDA)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Peru national average (UNODC)</source>
            <translation>Média nacional do Peru (UNODC)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Custom (saved in the project)</source>
            <translation>Personalizado (salvo no projeto)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>derived from {source}</source>
            <translation>derivado de {source}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>derived: {leaf} t leaf / {area} ha</source>
            <translation>derivado: {leaf} t de folha / {area} ha</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{what} as quoted by {by}</source>
            <translation>{what}, citado por {by}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{document} leaf production and area</source>
            <translation>produção de folha e área de {document}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{org} {date} press release</source>
            <translation>comunicado de {org} {date}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{org} statement</source>
            <translation>declaração de {org}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{document} fact sheet</source>
            <translation>ficha de {document}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{document} conversion factor</source>
            <translation>fator de conversão de {document}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{year} (last applied {last})</source>
            <translation>{year} (aplicado pela última vez em {last})</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{role} {value:g} ({year}): {source}</source>
            <translation>{role} {value:g} ({year}): {source}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>default conversion</source>
            <translation>conversão padrão</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Low: lowest leaf yield {leaf:,.0f} kg/ha ({leaf_source}) ÷ highest conversion {factor:,.0f} kg leaf per kg HCl ({factor_source})</source>
            <translation>Baixo: menor rendimento de folha {leaf:,.0f} kg/ha ({leaf_source}) ÷ maior conversão {factor:,.0f} kg de folha por kg de HCl ({factor_source})</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Central: central leaf yield {leaf:,.0f} kg/ha ({leaf_source}) ÷ central conversion {factor:,.0f} kg leaf per kg HCl ({factor_source})</source>
            <translation>Central: rendimento de folha central {leaf:,.0f} kg/ha ({leaf_source}) ÷ conversão central {factor:,.0f} kg de folha por kg de HCl ({factor_source})</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>High: highest leaf yield {leaf:,.0f} kg/ha ({leaf_source}) ÷ lowest conversion {factor:,.0f} kg leaf per kg HCl ({factor_source})</source>
            <translation>Alto: maior rendimento de folha {leaf:,.0f} kg/ha ({leaf_source}) ÷ menor conversão {factor:,.0f} kg de folha por kg de HCl ({factor_source})</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Yields are potential and indicative, from the custom parameter set '{label}' (source: {source}).</source>
            <translation>Os rendimentos são potenciais e indicativos, do conjunto de parâmetros personalizado '{label}' (fonte: {source}).</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Yields are potential and indicative: UNODC has published no Peru cocaine estimate since 2009.</source>
            <translation>Os rendimentos são potenciais e indicativos: o UNODC não publica nenhuma estimativa de cocaína para o Peru desde 2009.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{central:,.0f} kg leaf per kg HCl</source>
            <translation>{central:,.0f} kg de folha por kg de HCl</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{central:,.0f} kg leaf per kg HCl, range {low:,.0f}–{high:,.0f} (cocaine low = lowest yield ÷ {high:,.0f}, high = highest yield ÷ {low:,.0f})</source>
            <translation>{central:,.0f} kg folha/kg HCl, faixa {low:,.0f}–{high:,.0f} (baixo = menor rendimento ÷ {high:,.0f}; alto = maior ÷ {low:,.0f})</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Leaf yield {low:,.0f}–{high:,.0f} kg/ha: {sources}</source>
            <translation>Rendimento de folha {low:,.0f}–{high:,.0f} kg/ha: {sources}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Conversion {factor}: {sources}</source>
            <translation>Conversão {factor}: {sources}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>The bundled data file is missing: {path}. Reinstall the plugin.</source>
            <translation>O arquivo de dados incluído está faltando: {path}. Reinstale o complemento.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>The table '{table}' is missing from the bundled data {path}.</source>
            <translation>A tabela “{table}” está faltando nos dados incluídos {path}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>The bundled yield parameters are empty.</source>
            <translation>Os parâmetros de rendimento incluídos estão vazios.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>The area must be zero or more hectares.</source>
            <translation>A área deve ser de zero ou mais hectares.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <location filename="../plugin/expressions.py" />
            <source>The area (ha)</source>
            <translation>A área (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Unknown parameter set '{key}'; available: {keys}.</source>
            <translation>Conjunto de parâmetros desconhecido “{key}”; disponíveis: {keys}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Unknown yield level '{level}': use low, central or high.</source>
            <translation>Nível de rendimento desconhecido “{level}”: use baixo, central ou alto (low, central ou high).</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>This project has no custom parameter set yet: create one with Custom… in the VRAEM panel, or use 'vraem' or 'national'.</source>
            <translation>Este projeto ainda não tem um conjunto de parâmetros personalizado: crie um com Personalizado… no painel VRAEM, ou use 'vraem' ou 'national'.</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>Unknown parameter set '{key}'; use vraem, national or custom.</source>
            <translation>Conjunto de parâmetros desconhecido “{key}”; use vraem, national ou custom.</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>The tonnes</source>
            <translation>As toneladas</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>&lt;h3&gt;vraem_leaf_tonnes(area_ha, parameter_set, level)&lt;/h3&gt;Potential sun-dried coca leaf in tonnes per year for an area in hectares. parameter_set: 'vraem' (default), 'national' or 'custom'; level: 'low', 'central' (default) or 'high'. Potential and indicative.</source>
            <translation>&lt;h3&gt;vraem_leaf_tonnes(area_ha, parameter_set, level)&lt;/h3&gt;Folha de coca seca ao sol potencial, em toneladas por ano, para uma área em hectares. parameter_set: 'vraem' (padrão), 'national' ou 'custom'; level: 'low' (baixo), 'central' (padrão) ou 'high' (alto). Potencial e indicativo.</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>&lt;h3&gt;vraem_cocaine_tonnes(area_ha, parameter_set, level)&lt;/h3&gt;Potential cocaine hydrochloride in tonnes per year for an area in hectares. parameter_set: 'vraem' (default), 'national' or 'custom'; level: 'low' (lowest leaf yield ÷ highest kg leaf per kg HCl of the set), 'central' (default, the cited pair) or 'high' (highest yield ÷ lowest factor). Potential and indicative.</source>
            <translation>&lt;h3&gt;vraem_cocaine_tonnes(area_ha, parameter_set, level)&lt;/h3&gt;Cloridrato de cocaína potencial, em toneladas por ano, para uma área em hectares. parameter_set: 'vraem' (padrão), 'national' ou 'custom'; level: 'low' (menor rendimento de folha ÷ maior kg de folha por kg de HCl do conjunto), 'central' (padrão, o par citado) ou 'high' (maior rendimento ÷ menor fator). Potencial e indicativo.</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>&lt;h3&gt;vraem_implied_kg_per_ha(hectares, tonnes)&lt;/h3&gt;Kilograms of cocaine per hectare implied by a claim of tonnes over hectares; published ratios span about 3.7–9.8 kg/ha.</source>
            <translation>&lt;h3&gt;vraem_implied_kg_per_ha(hectares, tonnes)&lt;/h3&gt;Quilogramas de cocaína por hectare implícitos em uma afirmação de toneladas sobre hectares; as proporções publicadas vão de cerca de 3,7 a 9,8 kg/ha.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Custom yield parameters</source>
            <translation>Parâmetros de rendimento personalizados</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Where these figures come from</source>
            <translation>De onde vêm estes números</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Low leaf yield (kg/ha/yr)</source>
            <translation>Rendimento de folha baixo (kg/ha/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Central leaf yield (kg/ha/yr)</source>
            <translation>Rendimento de folha central (kg/ha/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>High leaf yield (kg/ha/yr)</source>
            <translation>Rendimento de folha alto (kg/ha/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Leaf per cocaine HCl (kg/kg)</source>
            <translation>Folha por cocaína HCl (kg/kg)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Lowest leaf per cocaine HCl (kg/kg)</source>
            <translation>Menor folha por cocaína HCl (kg/kg)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Highest leaf per cocaine HCl (kg/kg)</source>
            <translation>Maior folha por cocaína HCl (kg/kg)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/dock.py" />
            <location filename="../plugin/gui/notifier.py" />
            <location filename="../plugin/gui/options.py" />
            <location filename="../plugin/main.py" />
            <location filename="../plugin/processing/provider.py" />
            <source>VRAEM Analyst</source>
            <translation>VRAEM Analyst</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Central estimate with '{label}' ({leaf:,.0f} kg of leaf per ha a year). Details gives the range and sources.</source>
            <translation>Estimativa central com '{label}' ({leaf:,.0f} kg de folha por ha ao ano). Detalhes dá a faixa e as fontes.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Leaf yield {low:,.0f}–{high:,.0f} kg per ha a year (central {central:,.0f}); {factor:,.0f} kg of leaf per kg of cocaine HCl. The table's Details names the sources.</source>
            <translation>Rendimento de folha {low:,.0f}–{high:,.0f} kg por ha ao ano (central {central:,.0f}); {factor:,.0f} kg de folha por kg de cocaína HCl. Os Detalhes da tabela citam as fontes.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Parameter set: {label}</source>
            <translation>Conjunto de parâmetros: {label}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Leaf yield (kg/ha/yr): low {low:,.0f}, central {central:,.0f}, high {high:,.0f}</source>
            <translation>Rendimento de folha (kg/ha/ano): baixo {low:,.0f}, central {central:,.0f}, alto {high:,.0f}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Conversion: {factor:,.0f} kg leaf per kg cocaine HCl (range {low:,.0f}–{high:,.0f})</source>
            <translation>Conversão: {factor:,.0f} kg de folha por kg de cocaína HCl (faixa {low:,.0f}–{high:,.0f})</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Leaf (t/yr): {low:,.1f} – {high:,.1f}</source>
            <translation>Folha (t/ano): {low:,.1f} – {high:,.1f}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Cocaine HCl (t/yr): {low:,.2f} – {high:,.2f}</source>
            <translation>Cocaína HCl (t/ano): {low:,.2f} – {high:,.2f}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <location filename="../plugin/gui/sections/areas.py" />
            <source>The range is bounded by:</source>
            <translation>A faixa é delimitada por:</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Sources:</source>
            <translation>Fontes:</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Area measured on the {ellipsoid} ellipsoid.</source>
            <translation>Área medida sobre o elipsoide {ellipsoid}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Layer: {name}</source>
            <translation>Camada: {name}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Selected features only</source>
            <translation>Somente feições selecionadas</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Areas measured on the {name} ellipsoid ({ellipsoid}), from the layer's coordinates in {crs}.</source>
            <translation>Áreas medidas sobre o elipsoide {name} ({ellipsoid}), a partir das coordenadas da camada em {crs}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>The table lists the {shown} largest of {n} features; the total counts all of them.</source>
            <translation>A tabela mostra as {shown} maiores de {n} feições; o total conta todas elas.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Feature id {fid}.</source>
            <translation>Feição com id {fid}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Its geometry was invalid and was repaired before measuring; the layer is unchanged.</source>
            <translation>Sua geometria era inválida e foi reparada antes de medir; a camada não muda.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>No geometry: counted with 0 ha.</source>
            <translation>Sem geometria: contada com 0 ha.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Total ({n} feature)</source>
            <translation>Total ({n} feição)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Total ({n} features)</source>
            <translation>Total ({n} feições)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{estimator} ({year}): {kg:,.1f} kg of cocaine per ha. Details gives its basis and source.</source>
            <translation>{estimator} ({year}): {kg:,.1f} kg de cocaína por ha. Detalhes dá sua base e sua fonte.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{estimator} ({year}): {kg:,.1f} kg/ha</source>
            <translation>{estimator} ({year}): {kg:,.1f} kg/ha</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Basis: {basis}</source>
            <translation>Base: {basis}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Published: {ha:,.0f} ha, {t:,.0f} t</source>
            <translation>Publicado: {ha:,.0f} ha, {t:,.0f} t</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Source: {source}</source>
            <translation>Fonte: {source}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Your claim: {kg:,.1f} kg of cocaine per ha, {verdict}.</source>
            <translation>Sua afirmação: {kg:,.1f} kg de cocaína por ha, {verdict}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>The claim</source>
            <translation>A afirmação</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Claim: {area} = {ha:,.0f} ha, {t:,.1f} t of cocaine</source>
            <translation>Afirmação: {area} = {ha:,.0f} ha, {t:,.1f} t de cocaína</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Implied: {kg:,.1f} kg/ha, {verdict} ({low:,.1f}–{high:,.1f} kg/ha)</source>
            <translation>Implícito: {kg:,.1f} kg/ha, {verdict} ({low:,.1f}–{high:,.1f} kg/ha)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Published ratios:</source>
            <translation>Razões publicadas:</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{t:,.1f} t/yr is {verdict}: {low:,.1f}–{high:,.1f} t/yr (central {central:,.1f}) for {ha:,.0f} ha with {label}.</source>
            <translation>{t:,.1f} t/ano está {verdict}: {low:,.1f}–{high:,.1f} t/ano (central {central:,.1f}) para {ha:,.0f} ha com {label}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{t:,.1f} t on {ha:,.0f} ha = {kg:,.1f} kg/ha: {verdict} ({low:,.1f}–{high:,.1f} kg/ha, i.e. {tlow:,.0f}–{thigh:,.0f} t).</source>
            <translation>{t:,.1f} t em {ha:,.0f} ha = {kg:,.1f} kg/ha: {verdict} ({low:,.1f}–{high:,.1f} kg/ha, ou seja, {tlow:,.0f}–{thigh:,.0f} t).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Features of '{target}' within {distance} (true ground distance) of '{source}'.</source>
            <translation>Feições de “{target}” a menos de {distance} (distância real no terreno) de “{source}”.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Buffers dissolved: overlaps counted once.</source>
            <translation>Áreas de influência dissolvidas: cada sobreposição é contada uma vez.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Buffers not dissolved; totals still count each overlap once.</source>
            <translation>Áreas de influência não dissolvidas; mesmo assim, os totais contam cada sobreposição uma única vez.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Measured on the {name} ellipsoid ({ellipsoid}), target CRS {crs}.</source>
            <translation>Medido sobre o elipsoide {name} ({ellipsoid}), SRC de destino {crs}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Feature id {fid}, reached by {n} buffer around '{source}'.</source>
            <translation>Feição com id {fid}, alcançada por {n} área de influência em torno de '{source}'.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Feature id {fid}, reached by {n} buffers around '{source}'.</source>
            <translation>Feição com id {fid}, alcançada por {n} áreas de influência em torno de '{source}'.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Within {distance} of '{source}', measured on the ground.</source>
            <translation>A menos de {distance} de '{source}', medido sobre o terreno.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{n} point</source>
            <translation>{n} ponto</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{n} points</source>
            <translation>{n} pontos</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{km:,.3f} km</source>
            <translation>{km:,.3f} km</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{ha:,.2f} ha</source>
            <translation>{ha:,.2f} ha</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{figure} of '{target}' within {distance} of '{source}' ({n} feature touched).</source>
            <translation>{figure} de “{target}” a menos de {distance} de “{source}” ({n} feição atingida).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{figure} of '{target}' within {distance} of '{source}' ({n} features touched).</source>
            <translation>{figure} de “{target}” a menos de {distance} de “{source}” ({n} feições atingidas).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>The overlap layer could not be written.</source>
            <translation>Não foi possível gravar a camada de sobreposição.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>Defaults of a new project's VRAEM Analyst panel:</source>
            <translation>Valores iniciais do painel VRAEM Analyst num projeto novo:</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>Buffer distance</source>
            <translation>Distância do buffer</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Distance unit</source>
            <translation>Unidade de distância</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>Export resolution (dpi)</source>
            <translation>Resolução de exportação (dpi)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>A JSON list of sources: id, name, url, sha256, licence, attribution</source>
            <translation>Uma lista JSON de fontes: id, name, url, sha256, licence, attribution</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>District download sources</source>
            <translation>Fontes de download de distritos</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>Restore the default sources</source>
            <translation>Restaurar as fontes padrão</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>The sources are not a valid JSON list; they were not changed.</source>
            <translation>As fontes não são uma lista JSON válida; não foram alteradas.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Row</source>
            <translation>Linha</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Time (UTC)</source>
            <translation>Hora (UTC)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>In the zone</source>
            <translation>Na zona</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Share of the aircraft's range</source>
            <translation>Parte do alcance da aeronave</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Nearest base at entry</source>
            <translation>Base mais próxima na entrada</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>After entry</source>
            <translation>Após a entrada</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Detail</source>
            <translation>Detalhe</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>track</source>
            <translation>trajeto</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>zone entry</source>
            <translation>entrada na zona</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>zone exit</source>
            <translation>saída da zona</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>ground stop</source>
            <translation>parada em solo</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>border crossing</source>
            <translation>travessia de fronteira</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>suspect fix</source>
            <translation>posição suspeita</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <location filename="../plugin/processing/air/common.py" />
            <source>Air picture</source>
            <translation>Panorama aéreo</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Position fixes</source>
            <translation>Posições</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Time field</source>
            <translation>Campo de hora</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Track field (optional)</source>
            <translation>Campo de trajeto (opcional)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Aircraft profile</source>
            <translation>Perfil de aeronave</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Empty: the bundled aerodromes of Pichari, Palmapampa and Mazamari.</source>
            <translation>Vazio: os aeródromos incluídos de Pichari, Palmapampa e Mazamari.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Interceptor bases</source>
            <translation>Bases de interceptadores</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Your interceptor's cruise speed in knots. Interception radii are not published, so there is no default.</source>
            <translation>Velocidade de cruzeiro do seu interceptador, em nós. Os raios de interceptação não são publicados, então não há valor padrão.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Interceptor speed (kt)</source>
            <translation>Velocidade do interceptador (kt)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Minutes from the alert (the aircraft enters the zone) to take-off. Not published, so there is no default.</source>
            <translation>Minutos do alerta (a aeronave entra na zona) até a decolagem. Não é publicado, então não há valor padrão.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Reaction time (min)</source>
            <translation>Tempo de reação (min)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Rings around each base at these minutes after the alert, e.g. 15, 30, 60.</source>
            <translation>Anéis ao redor de cada base nestes minutos após o alerta, p. ex. 15, 30, 60.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Rings at (min after the alert)</source>
            <translation>Anéis a (min após o alerta)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>not set</source>
            <translation>não informado</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>The air picture's layers on the map are from an earlier run; press Run to show their table.</source>
            <translation>As camadas do panorama aéreo no mapa são de uma execução anterior; clique em Executar para ver a tabela.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>The interceptor's speed</source>
            <translation>A velocidade do interceptador</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>The reaction time</source>
            <translation>O tempo de reação</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Choose the layer of position fixes and its time field.</source>
            <translation>Escolha a camada de posições e seu campo de hora.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>There are no bases to fly from.</source>
            <translation>Não há bases de onde voar.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>VRAEM air picture</source>
            <translation>Panorama aéreo do VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Reading the tracks of '{name}'…</source>
            <translation>Lendo os trajetos de '{name}'…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>The air picture could not be computed.</source>
            <translation>Não foi possível calcular o panorama aéreo.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>{tracks} track, {inside} in the zone ({minutes:.0f} min in all).</source>
            <translation>{tracks} trajeto, {inside} na zona ({minutes:.0f} min no total).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>{tracks} tracks, {inside} in the zone ({minutes:.0f} min in all).</source>
            <translation>{tracks} trajetos, {inside} na zona ({minutes:.0f} min no total).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Range share for the {aircraft}; double-click a row to zoom.</source>
            <translation>Parte do alcance para o {aircraft}; clique duas vezes numa linha para aproximar.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Interception reach: give your interceptor's speed and reaction time (they are not published, so there is no default).</source>
            <translation>Alcance de interceptação: informe a velocidade e o tempo de reação do seu interceptador (não são publicados, então não há valores padrão).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Interception at {speed:g} kt, taking off {reaction:g} min after the alert: {reached} of {inside} tracks in the zone reachable before they leave it.</source>
            <translation>Interceptação a {speed:g} kt, com decolagem {reaction:g} min após o alerta: {reached} de {inside} trajetórias na zona alcançáveis antes de saírem dela.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Areas &amp;&amp; yield</source>
            <translation>Áreas &amp;&amp; rendimento</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Polygon layer</source>
            <translation>Camada de polígonos</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <location filename="../plugin/gui/sections/export.py" />
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Label field</source>
            <translation>Campo de rótulo</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Custom…</source>
            <translation>Personalizado…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Define your own yield parameters (saved in the project)</source>
            <translation>Defina seus próprios parâmetros de rendimento (salvos no projeto)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <location filename="../plugin/gui/sections/base.py" />
            <location filename="../plugin/gui/sections/export.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>No yield (areas only)</source>
            <translation>Sem rendimento (somente áreas)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Choose a polygon layer.</source>
            <translation>Escolha uma camada de polígonos.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>No feature is selected in '{name}'.</source>
            <translation>Nenhuma feição está selecionada em “{name}”.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>VRAEM areas of {name}</source>
            <translation>Áreas do VRAEM de {name}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Computing areas of '{name}'…</source>
            <translation>Calculando as áreas de “{name}”…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Cancelled; no figures are shown.</source>
            <translation>Cancelado; nenhum número é mostrado.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>The areas could not be computed.</source>
            <translation>Não foi possível calcular as áreas.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>{n} features, {ha:,.2f} ha ({km2:,.4f} km²)</source>
            <translation>{n} feições, {ha:,.2f} ha ({km2:,.4f} km²)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Potential cocaine HCl: {low:,.2f}–{high:,.2f} t/yr (central {central:,.2f}); indicative</source>
            <translation>Cocaína HCl potencial: {low:,.2f}–{high:,.2f} t/ano (central {central:,.2f}); indicativa</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <location filename="../plugin/gui/sections/trends.py" />
            <source>Areas &amp; yield</source>
            <translation>Áreas &amp; rendimento</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>The table of the earlier run could not be recomputed; its layers on the map are unchanged.</source>
            <translation>Não foi possível recalcular a tabela da execução anterior; suas camadas no mapa não foram alteradas.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>Run</source>
            <translation>Executar</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>Cancelled; nothing was added to the project.</source>
            <translation>Cancelado; nada foi adicionado ao projeto.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>A layer was removed during the run; nothing was added.</source>
            <translation>Uma camada foi removida durante a execução; nada foi adicionado.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>Recomputing the table of the earlier run…</source>
            <translation>Recalculando a tabela da execução anterior…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>The table of the earlier run could not be recomputed: {error} Its layers on the map are unchanged.</source>
            <translation>Não foi possível recalcular a tabela da execução anterior: {error} Suas camadas no mapa não foram alteradas.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>The layer of these results was removed.</source>
            <translation>A camada destes resultados foi removida.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <location filename="../plugin/gui/sections/trends.py" />
            <source>Claim check</source>
            <translation>Verificar uma afirmação</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Claim</source>
            <translation>Afirmação</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Year of the published coca area (bundled series, with its source)</source>
            <translation>Ano da área de coca publicada (série incluída, com sua fonte)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Use result</source>
            <translation>Usar resultado</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Take the area from the Areas &amp; yield result</source>
            <translation>Pegar a área do resultado de Áreas &amp; rendimento</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Claimed area</source>
            <translation>Área declarada</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Claimed cocaine</source>
            <translation>Cocaína declarada</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Check claim</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Compute an area first (Areas &amp; yield).</source>
            <translation>Calcule primeiro uma área (Áreas &amp; rendimento).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Your name or unit (optional)</source>
            <translation>Seu nome ou unidade (opcional)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>dpi</source>
            <translation>dpi</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>One page per feature (atlas)</source>
            <translation>Uma página por feição (atlas)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>One page per feature of a polygon layer (plan sectors, districts), named after the chosen field. As PNG, one numbered image per page.</source>
            <translation>Uma página por feição de uma camada de polígonos (setores do plano, distritos), com o nome do campo escolhido. Em PNG, uma imagem numerada por página.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>The eradication plan or a district layer: one page per feature</source>
            <translation>O plano de erradicação ou uma camada de distritos: uma página por feição</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Atlas layer</source>
            <translation>Camada do atlas</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>The field that names each page (its subtitle and order)</source>
            <translation>O campo que dá nome a cada página (seu subtítulo e sua ordem)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Page name</source>
            <translation>Nome da página</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Create layout</source>
            <translation>Criar layout</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Build the VRAEM print layout and open it in the layout designer</source>
            <translation>Criar o layout de impressão do VRAEM e abri-lo no designer de layout</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Figures as CSV…</source>
            <translation>Números em CSV…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Copy figures</source>
            <translation>Copiar números</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Copy every result table to the clipboard (tab-separated)</source>
            <translation>Copiar todas as tabelas de resultados para a área de transferência (separadas por tabulação)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Layer</source>
            <translation>Camada</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Parameter set source</source>
            <translation>Fonte do conjunto de parâmetros</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Zone used</source>
            <translation>Zona usada</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>VRAEM Analyst version</source>
            <translation>Versão do VRAEM Analyst</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>There are no figures to copy yet.</source>
            <translation>Ainda não há números para copiar.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Figures copied to the clipboard.</source>
            <translation>Números copiados para a área de transferência.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>There are no figures to export yet.</source>
            <translation>Ainda não há números para exportar.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Figures saved to {path}</source>
            <translation>Números salvos em {path}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Save figures as CSV</source>
            <translation>Salvar os números como CSV</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Choose the polygon layer whose features make the atlas pages.</source>
            <translation>Escolha a camada de polígonos cujas feições formam as páginas do atlas.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Within {distance} of {layer}</source>
            <translation>A menos de {distance} de {layer}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Layout '{name}' created.</source>
            <translation>Layout “{name}” criado.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Export cancelled; no file was written.</source>
            <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Exported {n} atlas pages as images: {first} … {last}</source>
            <translation>{n} páginas do atlas exportadas como imagens: {first} … {last}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Exported {n} atlas pages to {path}</source>
            <translation>{n} páginas do atlas exportadas para {path}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Exported to {path}</source>
            <translation>Exportado para {path}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Exporting the layout…</source>
            <translation>Exportando o layout…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Export layout</source>
            <translation>Exportar layout</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Layers</source>
            <translation>Camadas</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <location filename="../plugin/main.py" />
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>Add VRAEM layers</source>
            <translation>Adicionar camadas do VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Zone, districts, towns and border crossings, with their sources</source>
            <translation>Zona, distritos, localidades e passagens de fronteira, com suas fontes</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Build zone…</source>
            <translation>Construir zona…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Build the VRAEM zone from a district boundary layer</source>
            <translation>Construir a zona do VRAEM a partir de uma camada de limites distritais</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Download districts…</source>
            <translation>Baixar distritos…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Download district boundaries and build the zone from them</source>
            <translation>Baixar os limites distritais e construir a zona a partir deles</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>New plan…</source>
            <translation>Novo plano…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Create an empty eradication plan layer</source>
            <translation>Criar uma camada vazia de plano de erradicação</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Load plan…</source>
            <translation>Carregar plano…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Import an eradication plan (GeoPackage, Shapefile, GeoJSON, KML, CSV with WKT); fields are matched to the plan schema by name</source>
            <translation>Importar um plano de erradicação (GeoPackage, Shapefile, GeoJSON, KML, CSV com WKT); os campos são associados ao esquema do plano pelo nome</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>{n} VRAEM layers added.</source>
            <translation>{n} camadas do VRAEM adicionadas.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Add a district boundary layer (polygons) first, or download one.</source>
            <translation>Primeiro adicione uma camada de limites distritais (polígonos) ou baixe uma.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Build zone</source>
            <translation>Construir zona</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>District boundary layer</source>
            <translation>Camada de limites distritais</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>VRAEM zone from {name}</source>
            <translation>Zona do VRAEM a partir de {name}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Download districts</source>
            <translation>Baixar distritos</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>{name} — licence: {licence}</source>
            <translation>{name} — licença: {licence}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>{name}: licence {licence}; attribution: {attribution}</source>
            <translation>{name}: licença {licence}; atribuição: {attribution}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Downloading {name}</source>
            <translation>Baixando {name}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>The zone could not be built.</source>
            <translation>Não foi possível construir a zona.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Zone built: {ha:,.0f} ha ({coverage}).</source>
            <translation>Zona construída: {ha:,.0f} ha ({coverage}).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>New eradication plan</source>
            <translation>Novo plano de erradicação</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>New plan created: {path}</source>
            <translation>Novo plano criado: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Load eradication plan</source>
            <translation>Carregar plano de erradicação</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Vector files (*.gpkg *.shp *.geojson *.json *.kml *.csv)</source>
            <translation>Arquivos vetoriais (*.gpkg *.shp *.geojson *.json *.kml *.csv)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Plan loaded: {n} features.</source>
            <translation>Plano carregado: {n} feições.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Buffer overlaps</source>
            <translation>Sobreposição com áreas de influência</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Buffer around</source>
            <translation>Área de influência de</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Ground distance</source>
            <translation>Distância no terreno</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Overlapping layer</source>
            <translation>Camada sobreposta</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Dissolve buffers (count each overlap once)</source>
            <translation>Dissolver as áreas de influência (cada sobreposição conta uma vez)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>The overlap layer on the map is from an earlier run; press Run to show its table.</source>
            <translation>A camada de sobreposição no mapa é de uma execução anterior; clique em Executar para ver a tabela.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Choose the layer to buffer and the overlapping layer.</source>
            <translation>Escolha a camada para a área de influência e a camada sobreposta.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>{value:g} {unit}</source>
            <translation>{value:g} {unit}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Within {distance} of {source} – {target}</source>
            <translation>A menos de {distance} de {source} – {target}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>VRAEM buffer overlap</source>
            <translation>Sobreposição VRAEM com áreas de influência</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Buffering '{source}' by {distance}…</source>
            <translation>Gerando área de influência de {distance} em torno de “{source}”…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>The overlap could not be computed.</source>
            <translation>Não foi possível calcular a sobreposição.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/trends.py" />
            <source>Trends</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <location filename="../plugin/gui/tasks.py" />
            <source>Unexpected error: {error}</source>
            <translation>Erro inesperado: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Details…</source>
            <translation>Detalhes…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Where these figures come from: sources, parameters, how they were measured</source>
            <translation>De onde vêm estes números: fontes, parâmetros, como foram medidos</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Open in a window</source>
            <translation>Abrir em uma janela</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Show this table in a window of its own, as large as you like</source>
            <translation>Mostrar esta tabela em uma janela própria, do tamanho que quiser</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Details: {section}</source>
            <translation>Detalhes: {section}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>VRAEM Analyst: {section}</source>
            <translation>VRAEM Analyst: {section}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>The field that names each feature in the table, its CSV and copy</source>
            <translation>O campo que nomeia cada feição na tabela, no seu CSV e na sua cópia</translation>
        </message>
        <message>
            <location filename="../plugin/main.py" />
            <source>&amp;VRAEM Analyst</source>
            <translation>&amp;VRAEM Analyst</translation>
        </message>
        <message>
            <location filename="../plugin/main.py" />
            <source>VRAEM Analyst panel</source>
            <translation>Painel do VRAEM Analyst</translation>
        </message>
        <message>
            <location filename="../plugin/main.py" />
            <source>VRAEM Analyst help</source>
            <translation>Ajuda do VRAEM Analyst</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Border reach from airstrips</source>
            <translation>Alcance das fronteiras a partir de pistas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>For each airstrip and each neighbour of Peru (Bolivia, Brazil, Colombia, Ecuador, Chile, from QGIS's world map): the shortest geodesic distance on WGS84 to that country's territory, the minutes at the profile's cruise speed, and whether the usable range (range × (1 − reserve)) covers it.

Airstrips: any point layer; by default the bundled aerodromes inside the approximate zone (OurAirports: registered aerodromes, not clandestine strips).
Aircraft profile: Cessna 206, Cessna 210, Piper Seneca (cruise speed and range from secondary sources, each with its source) or the custom profile saved in the project.
Fuel reserve: the share of the range kept in reserve (default 10 %).

Outputs: one point per airstrip and neighbour, and the range rings: polygons whose vertices are at the usable range as true ground distance from each airstrip.</source>
            <translation>Para cada pista e cada vizinho do Peru (Bolívia, Brasil, Colômbia, Equador, Chile, do mapa-múndi do QGIS): a menor distância geodésica sobre o WGS84 até o território desse país, os minutos na velocidade de cruzeiro do perfil e se o alcance utilizável (alcance × (1 − reserva)) a cobre.

Pistas: qualquer camada de pontos; por padrão os aeródromos incluídos dentro da zona aproximada (OurAirports: aeródromos registrados, não pistas clandestinas).
Perfil de aeronave: Cessna 206, Cessna 210, Piper Seneca (velocidade de cruzeiro e alcance de fontes secundárias, cada um com sua fonte) ou o perfil personalizado salvo no projeto.
Reserva de combustível: a parte do alcance mantida em reserva (padrão 10 %).

Saídas: um ponto por pista e vizinho, e os anéis de alcance: polígonos cujos vértices estão no alcance utilizável como distância real no terreno a partir de cada pista.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Airstrips (default: the bundled aerodromes inside the zone)</source>
            <translation>Pistas (padrão: os aeródromos incluídos dentro da zona)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Aircraft profile (c206, c210, pa34 or custom)</source>
            <translation>Perfil de aeronave (c206, c210, pa34 ou custom)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Fuel reserve (% of the range)</source>
            <translation>Reserva de combustível (% do alcance)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Border reach</source>
            <translation>Alcance das fronteiras</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Range rings</source>
            <translation>Anéis de alcance</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Airstrips</source>
            <translation>Pistas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Airstrip–neighbour pairs within range</source>
            <translation>Pares pista–vizinho ao alcance</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>There are no airstrips to measure from.</source>
            <translation>Não há pistas a partir das quais medir.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Profile {label}: cruise {kt:g} kt, range {km:,.0f} km, usable {usable:,.0f} km ({source}).</source>
            <translation>Perfil {label}: cruzeiro {kt:g} kt, alcance {km:,.0f} km, utilizável {usable:,.0f} km ({source}).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Time field (date-time, ISO 8601 text or epoch seconds)</source>
            <translation>Campo de tempo (data e hora, texto ISO 8601 ou segundos epoch)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Track field (fixes grouped into tracks)</source>
            <translation>Campo de trajetória (agrupa as posições em trajetórias)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Zone (default: the project's zone, else the bundled approximate zone)</source>
            <translation>Zona (padrão: a zona do projeto; senão, a zona aproximada incluída)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Suspect fix above (knots, faster than any light aircraft)</source>
            <translation>Posição suspeita acima de (nós, mais rápido que qualquer avião leve)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Ground stop: at least (minutes)</source>
            <translation>Parada em solo: pelo menos (minutos)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Ground stop: within (metres)</source>
            <translation>Parada em solo: dentro de (metros)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Aerodromes (default: the bundled aerodromes)</source>
            <translation>Aeródromos (padrão: os aeródromos incluídos)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>{tracks} track from {fixes} fixes.</source>
            <translation>{tracks} trajeto a partir de {fixes} posições.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>{tracks} tracks from {fixes} fixes.</source>
            <translation>{tracks} trajetos a partir de {fixes} posições.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Flight tracks of {name}</source>
            <translation>Trajetos de voo de {name}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Flight events of {name}</source>
            <translation>Eventos de voo de {name}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Flight tracks against the zone</source>
            <translation>Trajetórias de voo em relação à zona</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Turns position fixes (GPX track points, KML, CSV lat/lon, any point layer) into flight tracks and measures them against the no-fly zone.

Time field: a date-time field, ISO 8601 text (e.g. 2024-05-01T06:30:00Z; without an offset it is taken as UTC) or epoch seconds. Track field: optional; fixes with the same value form one track, ordered by time.
Zone: by default the project's zone, else the bundled approximate zone.
Ground stop: the aircraft stays within the radius of a fix for at least the minutes given; the nearest aerodrome is named.
Suspect fix: a fix reached faster than this speed from the previous plausible fix is left out and listed as a suspect_fix event (the default, 300 kt, is far above the cruise of the light aircraft of drug flights, 142–165 kt; it is a plausibility limit, not a published figure).

Segments between fixes are geodesics on WGS84. Entry and exit points are where a segment crosses the zone boundary; their times are interpolated along the segment by distance. Fixes out of time order are sorted, repeated times are left out and counted, tracks with a single fix or crossing the antimeridian are skipped with a message. Border crossings are into Bolivia, Brazil, Colombia, Ecuador or Chile (QGIS's world map).

Outputs: the tracks (lines) with times, minutes and km in the zone, entries, stops, maximum speed and the first neighbour entered; the events (points: zone_entry, zone_exit, stop, border_crossing, suspect_fix). The input is only read.</source>
            <translation>Transforma posições (pontos de trajetória GPX, KML, CSV lat/lon, qualquer camada de pontos) em trajetórias de voo e as mede em relação à zona de exclusão aérea.

Campo de tempo: um campo de data e hora, texto ISO 8601 (p. ex. 2024-05-01T06:30:00Z; sem deslocamento é tomado como UTC) ou segundos epoch. Campo de trajetória: opcional; as posições com o mesmo valor formam uma trajetória, ordenada pelo tempo.
Zona: por padrão a zona do projeto; senão, a zona aproximada incluída.
Parada em solo: a aeronave fica dentro do raio de uma posição por pelo menos os minutos indicados; o aeródromo mais próximo é nomeado.
Posição suspeita: uma posição alcançada a uma velocidade maior que esta a partir da posição plausível anterior é deixada de fora e listada como evento suspect_fix (o padrão, 300 kt, está muito acima do cruzeiro dos aviões leves dos voos do narcotráfico, 142–165 kt; é um limite de plausibilidade, não um número publicado).

Os segmentos entre posições são geodésicas sobre o WGS84. Os pontos de entrada e saída ficam onde um segmento cruza o limite da zona; seus horários são interpolados ao longo do segmento pela distância. Posições fora de ordem são ordenadas, tempos repetidos são deixados de fora e contados, e trajetórias com uma única posição ou que cruzam o antimeridiano são ignoradas com uma mensagem. As travessias de fronteira são para Bolívia, Brasil, Colômbia, Equador ou Chile (mapa-múndi do QGIS).

Saídas: as trajetórias (linhas) com horários, minutos e km na zona, entradas, paradas, velocidade máxima e o primeiro vizinho em que entram; os eventos (pontos: zone_entry, zone_exit, stop, border_crossing, suspect_fix). A entrada é apenas lida.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Flight tracks</source>
            <translation>Trajetórias de voo</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Flight events</source>
            <translation>Eventos de voo</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Tracks</source>
            <translation>Trajetórias</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Tracks in the zone</source>
            <translation>Trajetórias na zona</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Minutes in the zone, all tracks</source>
            <translation>Minutos na zona, todas as trajetórias</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Suspect fixes left out</source>
            <translation>Posições suspeitas deixadas de fora</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Fixes with a repeated time left out</source>
            <translation>Posições com tempo repetido deixadas de fora</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Tracks skipped</source>
            <translation>Trajetórias ignoradas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>No ring for {minutes:g} min: the interceptor is still on the ground (reaction {reaction:g} min).</source>
            <translation>Sem anel para {minutes:g} min: o interceptador ainda está em solo (reação {reaction:g} min).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Interception reach at {speed:g} kt, {reaction:g} min reaction</source>
            <translation>Alcance de interceptação a {speed:g} kt, reação de {reaction:g} min</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>{minutes:g} min after the alert</source>
            <translation>{minutes:g} min após o alerta</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Interception reach from bases</source>
            <translation>Alcance de interceptação a partir de bases</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Where interceptors from the bases can be within given minutes of an alert, and, for flight tracks, the earliest time one could reach each aircraft after it entered the zone.

Bases: any point layer; by default the bundled aerodromes of Pichari, Palmapampa and Mazamari.
Interceptor speed (knots) and Reaction time (minutes from the alert to take-off): interception radii are not published, so these are yours to give; there is no default.
Minutes: a list such as 15, 30, 60; one ring per base and value, at the ground distance flown in that time after take-off (geodesic on WGS84).
Tracks: optional position fixes with their time and track fields (as in Flight tracks against the zone). The alert is the track's first entry into the zone; an interceptor leaves every base after the reaction time and flies the geodesic at its speed; the earliest meeting over all bases is given, with whether it comes before the aircraft leaves the zone.</source>
            <translation>Até onde os interceptadores das bases podem chegar nos minutos indicados após um alerta e, para trajetórias de voo, o horário mais cedo em que um poderia alcançar cada aeronave depois que ela entrou na zona.

Bases: qualquer camada de pontos; por padrão os aeródromos incluídos de Pichari, Palmapampa e Mazamari.
Velocidade do interceptador (nós) e Tempo de reação (minutos do alerta até a decolagem): os raios de interceptação não são publicados, então você os informa; não há valor padrão.
Minutos: uma lista como 15, 30, 60; um anel por base e valor, à distância no terreno voada nesse tempo após a decolagem (geodésica sobre o WGS84).
Trajetórias: posições opcionais com seus campos de tempo e de trajetória (como em Trajetórias de voo em relação à zona). O alerta é a primeira entrada da trajetória na zona; um interceptador sai de cada base após o tempo de reação e voa a geodésica em sua velocidade; é dado o encontro mais cedo entre todas as bases, e se ele ocorre antes de a aeronave sair da zona.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Bases (default: Pichari, Palmapampa and Mazamari aerodromes)</source>
            <translation>Bases (padrão: aeródromos de Pichari, Palmapampa e Mazamari)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Interceptor speed (knots)</source>
            <translation>Velocidade do interceptador (nós)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Reaction time (minutes)</source>
            <translation>Tempo de reação (minutos)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Minutes after the alert (list)</source>
            <translation>Minutos após o alerta (lista)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Flight tracks (position fixes)</source>
            <translation>Trajetórias de voo (posições)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Interception rings</source>
            <translation>Anéis de interceptação</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Earliest interceptions</source>
            <translation>Interceptações mais cedo</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Tracks reachable before they leave the zone</source>
            <translation>Trajetórias alcançáveis antes de saírem da zona</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Areas and potential yield</source>
            <translation>Áreas e rendimento potencial</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Measures the polygons of a layer on the ellipsoid (the project's, WGS84 when it has none) whatever their CRS, and estimates the potential coca leaf and cocaine HCl production.

Input polygons: the fields or plots to measure (selected features only when that box is ticked).
Zone: optional polygon layer; the part of each feature inside it is measured too.
Districts and District name field: optional; areas are split per district.
Group by field: optional (e.g. plan_year, status); totals per value.
Yield parameters: VRAEM or national leaf yields with their sources, or the custom set saved in the project. Cocaine low = lowest published leaf yield ÷ highest kg leaf per kg HCl, high = highest yield ÷ lowest factor, central = the cited central pair; the log, the summary table and RANGE_BASIS name the sources that bound the range.

Outputs: the input features with their attributes, then the area in ha and km², area inside the zone, group, district and potential leaf and HCl tonnes per year (field names of at most 10 characters, so a Shapefile keeps them), a summary table (total, inside the zone, per group, per district) and the totals as numbers. Invalid geometries are repaired and counted; features without geometry are counted with 0 ha. Results are potential and indicative.

The per-feature table may be skipped: with no zone, districts or grouping, a GeoPackage, Shapefile, GeoJSON or FlatGeobuf layer is then read straight from its file, several times faster on national-scale layers.</source>
            <translation>Mede os polígonos de uma camada sobre o elipsoide (o do projeto, ou WGS84 quando ele não tem um), qualquer que seja o SRC deles, e estima a produção potencial de folha de coca e de cocaína HCl.

Polígonos de entrada: as lavouras ou parcelas a medir (somente as feições selecionadas quando essa caixa estiver marcada).
Zona: camada de polígonos opcional; a parte de cada feição dentro dela também é medida.
Distritos e Campo de nome do distrito: opcionais; as áreas são divididas por distrito.
Agrupar por campo: opcional (por exemplo plan_year, status); totais por valor.
Parâmetros de rendimento: rendimentos de folha do VRAEM ou nacionais com suas fontes, ou o conjunto personalizado salvo no projeto. Cocaína baixa = menor rendimento de folha publicado ÷ maior kg de folha por kg de HCl, alta = maior rendimento ÷ menor fator, central = o par central citado; o registro, a tabela de resumo e RANGE_BASIS nomeiam as fontes que delimitam a faixa.

Saídas: as feições de entrada com seus atributos, seguidos da área em ha e km², da área dentro da zona, do grupo, do distrito e das toneladas anuais potenciais de folha e de HCl (nomes de campo de no máximo 10 caracteres, para que um Shapefile os mantenha), uma tabela de resumo (total, dentro da zona, por grupo, por distrito) e os totais como números. As geometrias inválidas são reparadas e contadas; as feições sem geometria são contadas com 0 ha. Os resultados são potenciais e indicativos.

A tabela por feição pode ser omitida: sem zona, distritos nem agrupamento, uma camada GeoPackage, Shapefile, GeoJSON ou FlatGeobuf é então lida diretamente do seu arquivo, várias vezes mais rápido em camadas de escala nacional.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Input polygons</source>
            <translation>Polígonos de entrada</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Districts</source>
            <translation>Distritos</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>District name field</source>
            <translation>Campo de nome do distrito</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Group by field</source>
            <translation>Agrupar por campo</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Yield parameters</source>
            <translation>Parâmetros de rendimento</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Areas per feature</source>
            <translation>Áreas por feição</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Area and yield summary</source>
            <translation>Resumo de áreas e rendimento</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Total area (ha)</source>
            <translation>Área total (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Total area (km²)</source>
            <translation>Área total (km²)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Area inside the zone (ha)</source>
            <translation>Área dentro da zona (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential leaf, low (t/yr)</source>
            <translation>Folha potencial, baixa (t/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential leaf, central (t/yr)</source>
            <translation>Folha potencial, central (t/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential leaf, high (t/yr)</source>
            <translation>Folha potencial, alta (t/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential cocaine HCl, low (t/yr)</source>
            <translation>Cocaína HCl potencial, baixa (t/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential cocaine HCl, central (t/yr)</source>
            <translation>Cocaína HCl potencial, central (t/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential cocaine HCl, high (t/yr)</source>
            <translation>Cocaína HCl potencial, alta (t/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Features measured</source>
            <translation>Feições medidas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Geometries repaired</source>
            <translation>Geometrias reparadas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Features without geometry</source>
            <translation>Feições sem geometria</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>What bounds the low–high range</source>
            <translation>O que delimita a faixa baixa–alta</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Measured on ellipsoid {ellipsoid}; {n} features, {ha:,.2f} ha.</source>
            <translation>Medido sobre o elipsoide {ellipsoid}; {n} feições, {ha:,.2f} ha.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential cocaine HCl {low:,.2f}–{high:,.2f} t/yr (central {central:,.2f}) with {label}:</source>
            <translation>Cocaína HCl potencial {low:,.2f}–{high:,.2f} t/ano (central {central:,.2f}) com {label}:</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>all features</source>
            <translation>todas as feições</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>zone</source>
            <translation>zona</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>inside the zone</source>
            <translation>dentro da zona</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>group</source>
            <translation>grupo</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>district</source>
            <translation>distrito</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Buffers the features of a source layer (points, lines or polygons) by a true ground distance and measures what they overlap in a target layer.

Source: the features to buffer (e.g. towns, border crossings, roads).
Distance and Distance unit: ground distance in metres or kilometres, whatever the layers' CRS (geodesic circles on the WGS84 ellipsoid, correct in UTM zones 17S, 18S and 19S).
Target: polygons (area and % of each feature inside), points (count inside) or lines (length inside).
Dissolve buffers: one overlap piece per target feature instead of one per target and buffer. Totals never count an overlap twice, dissolved or not.

Outputs: the overlap geometries (target CRS) with their figures, the target features touched with their attributes and geometry then their overlap figures (field names of at most 10 characters), a table per source buffer, and the totals as numbers. Areas are ellipsoidal, in ha.</source>
            <translation>Gera áreas de influência em torno das feições de uma camada de origem (pontos, linhas ou polígonos) a uma distância real no terreno e mede o que elas sobrepõem em uma camada de destino.

Origem: as feições em torno das quais se gera a área de influência (por exemplo localidades, passagens de fronteira, estradas).
Distância e Unidade de distância: distância no terreno em metros ou quilômetros, qualquer que seja o SRC das camadas (círculos geodésicos sobre o elipsoide WGS84, corretos nas zonas UTM 17S, 18S e 19S).
Destino: polígonos (área e % de cada feição dentro), pontos (quantidade dentro) ou linhas (comprimento dentro).
Dissolver as áreas de influência: uma peça de sobreposição por feição de destino em vez de uma por destino e área de influência. Os totais nunca contam uma sobreposição duas vezes, com ou sem dissolução.

Saídas: as geometrias de sobreposição (SRC de destino) com seus números, as feições de destino atingidas com seus atributos e sua geometria seguidos de seus números de sobreposição (nomes de campo de no máximo 10 caracteres), uma tabela por área de influência de origem e os totais como números. As áreas são elipsoidais, em ha.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Source (features to buffer)</source>
            <translation>Origem (feições para a área de influência)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Target (features to measure)</source>
            <translation>Destino (feições a medir)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Dissolve buffers</source>
            <translation>Dissolver as áreas de influência</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Overlaps</source>
            <translation>Sobreposições</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Overlap per target feature</source>
            <translation>Sobreposição por feição de destino</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Overlap per source buffer</source>
            <translation>Sobreposição por área de influência de origem</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Total area inside the buffers (ha)</source>
            <translation>Área total dentro das áreas de influência (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Points inside the buffers</source>
            <translation>Pontos dentro das áreas de influência</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Length inside the buffers (km)</source>
            <translation>Comprimento dentro das áreas de influência (km)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Target features touched</source>
            <translation>Feições de destino atingidas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Area of the buffers, dissolved (ha)</source>
            <translation>Área das áreas de influência, dissolvidas (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>{n} target feature touched by buffers of {m:,.0f} m.</source>
            <translation>{n} feição de destino atingida por áreas de influência de {m:,.0f} m.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>{n} target features touched by buffers of {m:,.0f} m.</source>
            <translation>{n} feições de destino atingidas por áreas de influência de {m:,.0f} m.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Check a cocaine claim</source>
            <translation>Verificar uma afirmação sobre cocaína</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Checks a claim such as "100 square miles eradicated, 300 tons of cocaine avoided" or "over 150 tonnes of cocaine are smuggled out each year".

Claim kind: [0] tonnes for the area given (Area and Area unit); [1] or [2] tonnes for Peru's or the VRAEM's published coca area of Year; [3] or [4] tonnes per year, also compared with the potential production of Peru's (national yields) or the VRAEM's (VRAEM yields) published coca area of Year, low to high.
Year: the year of the published coca-area series (bundled, with its source); a year without a published figure is refused with the nearest years that have one.
Area and Area unit: the claimed area (hectares, square kilometres, square miles or acres), for kind [0].
Claimed cocaine: tonnes of cocaine HCl claimed (more than 0).

The claim's implied kg of cocaine per hectare is compared with every published ratio bundled with the plugin (UNODC, US government ONDCP, Peruvian government), giving the tonnes each reference would give for the same area, and a verdict: above every published ratio, within the published range, or below every published ratio. A ratio equal to the fixed factor CORAH applies since 2023 is flagged: computed with a fixed factor, not an independent estimate.</source>
            <translation>Verifica uma afirmação como “100 milhas quadradas erradicadas, 300 toneladas de cocaína evitadas” ou “mais de 150 toneladas de cocaína saem do país a cada ano”.

Tipo de afirmação: [0] toneladas para a área informada (Área e Unidade de área); [1] ou [2] toneladas para a área de coca publicada do Peru ou do VRAEM em Ano; [3] ou [4] toneladas por ano, comparadas também com a produção potencial, de baixa a alta, da área de coca publicada do Peru (rendimentos nacionais) ou do VRAEM (rendimentos do VRAEM) em Ano.
Ano: o ano da série publicada de áreas de coca (incluída, com sua fonte); um ano sem número publicado é recusado indicando os anos mais próximos que o têm.
Área e Unidade de área: a área declarada (hectares, quilômetros quadrados, milhas quadradas ou acres), para o tipo [0].
Cocaína declarada: toneladas de cocaína HCl declaradas (mais de 0).

Os kg de cocaína por hectare implícitos na afirmação são comparados com cada proporção publicada incluída no complemento (UNODC, ONDCP do governo dos EUA, governo peruano), indicando as toneladas que cada referência daria para a mesma área e um veredito: acima de todas as proporções publicadas, dentro da faixa publicada ou abaixo de todas as proporções publicadas. Uma proporção igual ao fator fixo que o CORAH aplica desde 2023 é sinalizada: calculada com um fator fixo, não uma estimativa independente.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Claim kind</source>
            <translation>Tipo de afirmação</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Year of the published coca area</source>
            <translation>Ano da área de coca publicada</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Area unit</source>
            <translation>Unidade de área</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Claimed cocaine (tonnes)</source>
            <translation>Cocaína declarada (toneladas)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Comparison with published ratios</source>
            <translation>Comparação com as proporções publicadas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Claimed area (ha)</source>
            <translation>Área declarada (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Source of the published area</source>
            <translation>Fonte da área publicada</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Implied kg of cocaine per ha</source>
            <translation>Kg de cocaína por ha implícitos</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Lowest published ratio (kg/ha)</source>
            <translation>Menor proporção publicada (kg/ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Highest published ratio (kg/ha)</source>
            <translation>Maior proporção publicada (kg/ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Verdict</source>
            <translation>Veredito</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Verdict code (above/within/below)</source>
            <translation>Código do veredito (above/within/below: acima/dentro/abaixo)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Fixed factor the claim equals (empty: none)</source>
            <translation>Fator fixo ao qual a afirmação equivale (vazio: nenhum)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Potential production, low (t/yr)</source>
            <translation>Produção potencial, baixa (t/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Potential production, central (t/yr)</source>
            <translation>Produção potencial, central (t/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Potential production, high (t/yr)</source>
            <translation>Produção potencial, alta (t/ano)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Verdict against the potential production</source>
            <translation>Veredito frente à produção potencial</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Production verdict code (above/within/below)</source>
            <translation>Código do veredito de produção (above/within/below)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Give the claimed area (AREA) for this claim kind.</source>
            <translation>Informe a área declarada (AREA) para este tipo de afirmação.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Give the year (YEAR) of the published coca area.</source>
            <translation>Informe o ano (YEAR) da área de coca publicada.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>{ha:,.0f} ha and {t:,.1f} t imply {kg:.1f} kg/ha: {verdict}.</source>
            <translation>{ha:,.0f} ha e {t:,.1f} t implicam {kg:.1f} kg/ha: {verdict}.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>{t:,.1f} t/yr is {verdict} of {ha:,.0f} ha: {low:,.1f}–{high:,.1f} t/yr (central {central:,.1f}) with {label}.</source>
            <translation>{t:,.1f} t/ano está {verdict} de {ha:,.0f} ha: {low:,.1f}–{high:,.1f} t/ano (central {central:,.1f}) com {label}.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/common.py" />
            <source>Analysis</source>
            <translation>Análise</translation>
        </message>
        <message>
            <location filename="../plugin/processing/base.py" />
            <source>{parameter}: 'Selected features only' is ticked but no feature is selected.</source>
            <translation>{parameter}: 'Somente feições selecionadas' está marcado, mas nenhuma feição está selecionada.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/checks.py" />
            <source>{parameter}: the file {path} does not exist.</source>
            <translation>{parameter}: o arquivo {path} não existe.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/checks.py" />
            <source>{parameter}: the file {path} cannot be read ({error}).</source>
            <translation>{parameter}: não é possível ler o arquivo {path} ({error}).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/checks.py" />
            <source>{parameter}: {path} is not a readable vector layer (corrupt, not a GIS file, or without the layer named after '|layername=').</source>
            <translation>{parameter}: {path} não é uma camada vetorial legível (corrompida, não é um arquivo SIG ou não tem a camada indicada após '|layername=').</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>Adds the VRAEM group to the project: the approximate zone, district capitals, towns, border crossings, the SAMPLE eradication plan and context countries, styled and labelled. Running it again re-uses the group.</source>
            <translation>Adiciona o grupo VRAEM ao projeto: a zona aproximada, as capitais distritais, as localidades, as passagens de fronteira, o plano de erradicação de AMOSTRA e os países de contexto, com estilo e rótulos. Executá-lo novamente reutiliza o grupo.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>Reference layers</source>
            <translation>Camadas de referência</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>Layer-tree group</source>
            <translation>Grupo do painel de camadas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>There is no project to add the layers to.</source>
            <translation>Não há nenhum projeto ao qual adicionar as camadas.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>The zone is APPROXIMATE (Thiessen cells of district capitals); the eradication plan is a SAMPLE (synthetic).</source>
            <translation>A zona é APROXIMADA (polígonos de Thiessen das capitais distritais); o plano de erradicação é uma AMOSTRA (sintética).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/build_zone.py" />
            <source>Build VRAEM zone from district boundaries</source>
            <translation>Construir a zona do VRAEM a partir de limites distritais</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/build_zone.py" />
            <source>Finds the 79 VRAEM districts in any polygon layer of Peruvian districts (by UBIGEO field, or by names with province and department) and dissolves them into the zone. Reports the districts that were not found. The input layer is never modified.</source>
            <translation>Encontra os 79 distritos do VRAEM em qualquer camada de polígonos de distritos do Peru (pelo campo UBIGEO ou pelo nome junto com a província e o departamento) e os dissolve na zona. Informa os distritos que não foram encontrados. A camada de entrada nunca é modificada.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/build_zone.py" />
            <source>District boundaries</source>
            <translation>Limites distritais</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Reference layers and zone</source>
            <translation>Camadas de referência e zona</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>VRAEM zone</source>
            <translation>Zona do VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Zone area (m²)</source>
            <translation>Área da zona (m²)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Districts matched</source>
            <translation>Distritos identificados</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Districts not matched (UBIGEO)</source>
            <translation>Distritos não identificados (UBIGEO)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Districts not matched (names)</source>
            <translation>Distritos não identificados (nomes)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Matching method</source>
            <translation>Método de identificação</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Zone area: {km2:,.1f} km² ({ha:,.0f} ha), ellipsoidal</source>
            <translation>Área da zona: {km2:,.1f} km² ({ha:,.0f} ha), elipsoidal</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>{n} VRAEM districts were not found: {codes}</source>
            <translation>{n} distritos do VRAEM não foram encontrados: {codes}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Download district boundaries and build VRAEM zone</source>
            <translation>Baixar limites distritais e construir a zona do VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Downloads district boundaries through QGIS's network settings (proxy included), checks the sha256 checksum, caches the file in your QGIS profile and builds the zone from it. Sources:</source>
            <translation>Baixa os limites distritais usando as configurações de rede do QGIS (incluindo o proxy), confere a soma de verificação sha256, guarda o arquivo em cache no seu perfil do QGIS e constrói a zona a partir dele. Fontes:</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Download again even if cached</source>
            <translation>Baixar novamente mesmo se estiver em cache</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Licence and attribution</source>
            <translation>Licença e atribuição</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Unknown source.</source>
            <translation>Fonte desconhecida.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Licence: {licence}. Attribution: {attribution}</source>
            <translation>Licença: {licence}. Atribuição: {attribution}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Imports an eradication plan from GeoPackage, Shapefile, GeoJSON, KML or CSV with a WKT column and maps its fields to the plan schema. Field map: 'sector_id=CODE;status=ESTADO' (fields not given are recognised by name). The source file is only read.</source>
            <translation>Importa um plano de erradicação de GeoPackage, Shapefile, GeoJSON, KML ou CSV com uma coluna WKT e mapeia seus campos para o esquema do plano. Mapeamento de campos: 'sector_id=CODE;status=ESTADO' (os campos não informados são reconhecidos pelo nome). O arquivo de origem é apenas lido.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Plan file</source>
            <translation>Arquivo do plano</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Field map (schema=source;...)</source>
            <translation>Mapeamento de campos (esquema=origem;...)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Sectors</source>
            <translation>Setores</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Field map entries look like schema_field=source_field: {item}</source>
            <translation>As entradas do mapeamento de campos têm a forma campo_do_esquema=campo_de_origem: {item}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>Creates an empty eradication-plan layer in a GeoPackage with the documented schema: sector_id, sector_name, plan_year, status (planned, in progress, eradicated, suspended), agency, target_ha, notes; its form has a value map and constraints. An existing layer of the same name is never overwritten.</source>
            <translation>Cria uma camada vazia de plano de erradicação em um GeoPackage com o esquema documentado: sector_id, sector_name, plan_year, status (planejado, em andamento, erradicado, suspenso), agency, target_ha, notes; seu formulário tem um mapa de valores e restrições. Uma camada existente com o mesmo nome nunca é sobrescrita.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>Layer name</source>
            <translation>Nome da camada</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>CRS</source>
            <translation>SRC</translation>
        </message>
        <message>
            <location filename="../plugin/processing/outputs.py" />
            <source>{parameter}: the output {value} writes into a file through a database connection or a GDAL virtual path, which cannot be checked against the inputs nor removed if the run fails; give a file path instead (a GeoPackage can take a layer name).</source>
            <translation>{parameter}: a saída {value} grava em um arquivo por meio de uma conexão de banco de dados ou de um caminho virtual do GDAL, que não pode ser comparado com as entradas nem removido se a execução falhar; informe um caminho de arquivo (um GeoPackage aceita um nome de camada).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/outputs.py" />
            <source>The output could not be written (is the disk full?): {error}</source>
            <translation>Não foi possível gravar a saída (o disco está cheio?): {error}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/outputs.py" />
            <source>unknown error</source>
            <translation>erro desconhecido</translation>
        </message>
        <message>
            <location filename="../plugin/processing/outputs.py" />
            <source>Two outputs of this run write the same file {path}; choose different files.</source>
            <translation>Duas saídas desta execução gravam o mesmo arquivo {path}; escolha arquivos diferentes.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/outputs.py" />
            <source>The output {path} could not be written completely (is the disk full?); nothing was kept.</source>
            <translation>Não foi possível gravar por completo a saída {path} (o disco está cheio?); nada foi mantido.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/provider.py" />
            <source>VRAEM Analyst: zone, areas, potential yield, buffer overlaps, air picture and reports</source>
            <translation>VRAEM Analyst: zona, áreas, rendimento potencial, sobreposição com áreas de influência, panorama aéreo e relatórios</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/common.py" />
            <source>Reports</source>
            <translation>Relatórios</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Export VRAEM report (PDF, PNG, CSV)</source>
            <translation>Exportar relatório do VRAEM (PDF, PNG, CSV)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Measures the polygons of the analysed layer (ellipsoidal areas, part inside the zone), their potential coca leaf and cocaine yield (low, central, high) and the area inside buffers around the buffer source, then writes the VRAEM map sheet as PDF and PNG and the figures as CSV. By default it uses the bundled approximate zone, the SAMPLE eradication plan and the towns. All yields are potential and indicative; the sheet names the sources that bound the low–high range.

Trends page: adds a second page with the coca area of Peru and the VRAEM and the hectares eradicated per year (2004–2024, 2018 methodology break marked, gaps where nothing was published, VRAEM share), with the analysed area drawn against them (vector chart; needs matplotlib). The PNG then has one image per page (report.png, report_2.png), unless it is an atlas.

Atlas: one page per analysed feature instead of one sheet, named and ordered by the page name field (default: the sector name or another name field). Each page shows that feature's area, part inside the zone, yield range, part inside the buffers (when the buffers overlap the analysed polygons) and warnings, with the feature outlined and the others faint. A PNG atlas gives one numbered image per page (report_001.png…; the PNG output is the first). With the trends or air picture page, the PDF holds the atlas pages and then each of those pages once; the PNG images are the atlas pages only.</source>
            <translation>Mede os polígonos da camada analisada (áreas elipsoidais, parte dentro da zona), seu rendimento potencial de folha de coca e de cocaína (baixo, central, alto) e a área dentro das áreas de influência em torno da camada de origem; depois grava a folha de mapa do VRAEM em PDF e PNG e os números em CSV. Por padrão, usa a zona aproximada incluída, o plano de erradicação de AMOSTRA e as localidades. Todos os rendimentos são potenciais e indicativos; a folha nomeia as fontes que delimitam a faixa baixa–alta.

Página de tendências: adiciona uma segunda página com a área de coca do Peru e do VRAEM e os hectares erradicados por ano (2004–2024, com a mudança de metodologia de 2018 marcada, lacunas onde nada foi publicado e a participação do VRAEM), com a área analisada desenhada frente a elas (gráfico vetorial; requer matplotlib). O PNG passa a ter uma imagem por página (report.png, report_2.png), exceto em um atlas.

Atlas: uma página por feição analisada em vez de uma única folha, nomeada e ordenada pelo campo de nome da página (padrão: o nome do setor ou outro campo de nome). Cada página mostra a área dessa feição, a parte dentro da zona, a faixa de rendimento, a parte dentro das áreas de influência (quando estas se sobrepõem aos polígonos analisados) e os avisos, com a feição destacada e as demais esmaecidas. Um atlas PNG gera uma imagem numerada por página (report_001.png…; a saída PNG é a primeira). Com a página de tendências ou a de panorama aéreo, o PDF contém as páginas do atlas e depois cada uma dessas páginas uma única vez; as imagens PNG são apenas as páginas do atlas.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Analysed polygons (eradication plan, coca fields)</source>
            <translation>Polígonos analisados (plano de erradicação, lavouras de coca)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Yield parameter set</source>
            <translation>Conjunto de parâmetros de rendimento</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Buffer around (towns, crossings...)</source>
            <translation>Área de influência em torno de (localidades, passagens de fronteira...)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Buffer distance (ground kilometres)</source>
            <translation>Distância da área de influência (quilômetros no terreno)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Polygons to overlap with the buffers (default: analysed polygons)</source>
            <translation>Polígonos a sobrepor com as áreas de influência (padrão: polígonos analisados)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Sheet size</source>
            <translation>Tamanho da folha</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Resolution (dots per inch)</source>
            <translation>Resolução (pontos por polegada)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Add the trends page (coca area and eradication by year)</source>
            <translation>Adicionar a página de tendências (área de coca e erradicação por ano)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>One page per analysed feature (atlas)</source>
            <translation>Uma página por feição analisada (atlas)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Atlas page name field (default: the sector name or another name field)</source>
            <translation>Campo do nome da página do atlas (padrão: o nome do setor ou outro campo de nome)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Air picture page: position fixes (optional)</source>
            <translation>Página do panorama aéreo: posições (opcional)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Air picture page: time field</source>
            <translation>Página do panorama aéreo: campo de hora</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Air picture page: track field</source>
            <translation>Página do panorama aéreo: campo de trajeto</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Air picture page: aircraft profile of the reach rings</source>
            <translation>Página do panorama aéreo: perfil de aeronave dos anéis de alcance</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Report (PDF)</source>
            <translation>Relatório (PDF)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Report (PNG)</source>
            <translation>Relatório (PNG)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Figures (CSV)</source>
            <translation>Números (CSV)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>The analysed layer and the zone are required.</source>
            <translation>A camada analisada e a zona são obrigatórias.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Measuring areas…</source>
            <translation>Medindo áreas…</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Measuring each atlas page's feature…</source>
            <translation>Medindo a feição de cada página do atlas…</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Writing the PDF…</source>
            <translation>Gravando o PDF…</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Writing the PNG…</source>
            <translation>Gravando o PNG…</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>The air picture page needs the time field of the position fixes.</source>
            <translation>A página do panorama aéreo precisa do campo de hora das posições.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Reading the flight tracks…</source>
            <translation>Lendo os trajetos de voo…</translation>
        </message>
    </context>
</TS>
