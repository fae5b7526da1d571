<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>VraemAnalyst</name>
        <message>
            <location filename="../plugin/broken.py" />
            <source>VRAEM Analyst could not start: {error}</source>
            <translation>VRAEM Analyst no pudo iniciarse: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} repeated time</source>
            <translation>{n} hora repetida</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} repeated times</source>
            <translation>{n} horas repetidas</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} suspect fix</source>
            <translation>{n} posición sospechosa</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} suspect fixes</source>
            <translation>{n} posiciones sospechosas</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} track skipped</source>
            <translation>{n} traza descartada</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>{n} tracks skipped</source>
            <translation>{n} trazas descartadas</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Left out: {parts}.</source>
            <translation>Se omitieron: {parts}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>The layer '{name}' has no coordinate reference system: set one (e.g. EPSG:4326 for GPS fixes) in its properties.</source>
            <translation>La capa '{name}' no tiene sistema de referencia de coordenadas: asígnele uno (p. ej. EPSG:4326 para posiciones GPS) en sus propiedades.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>The layer '{name}' does not hold points: position fixes are points.</source>
            <translation>La capa '{name}' no contiene puntos: las posiciones son puntos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Choose the time field of the fixes of '{name}'.</source>
            <translation>Elija el campo de tiempo de las posiciones de '{name}'.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>The layer '{name}' has no fixes.</source>
            <translation>La capa '{name}' no tiene posiciones.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>(no track id)</source>
            <translation>(sin id de traza)</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Track {track} skipped: {reason}</source>
            <translation>Traza {track} omitida: {reason}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>No track of '{name}' can be analysed: {reasons}</source>
            <translation>Ninguna traza de '{name}' se puede analizar: {reasons}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>The layer '{name}' has no field '{field}'; its fields are: {fields}.</source>
            <translation>La capa '{name}' no tiene el campo '{field}'; sus campos son: {fields}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Row {row} of '{name}' has no position.</source>
            <translation>La fila {row} de '{name}' no tiene posición.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Row {row} of '{name}' holds {n} points; a fix is one point.</source>
            <translation>La fila {row} de '{name}' contiene {n} puntos; una posición es un solo punto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Row {row} of '{name}': the time '{value}' in field '{field}' cannot be read; use a date-time field, ISO 8601 text (e.g. 2024-05-01T06:30:00Z) or epoch seconds.</source>
            <translation>Fila {row} de '{name}': no se puede leer el tiempo '{value}' del campo '{field}'; use un campo de fecha y hora, texto ISO 8601 (p. ej. 2024-05-01T06:30:00Z) o segundos desde 1970 (epoch).</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>it crosses the antimeridian (rows {a} and {b}), which is not supported.</source>
            <translation>cruza el antimeridiano (filas {a} y {b}), lo que no está soportado.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>it has a single fix (after {d} duplicate times and {s} suspect fixes).</source>
            <translation>tiene una sola posición (tras {d} tiempos repetidos y {s} posiciones sospechosas).</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Track {track}: fixes were not in time order; they were sorted by time.</source>
            <translation>Traza {track}: las posiciones no estaban en orden temporal; se ordenaron por tiempo.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Track {track}: {n} fixes repeat the time of another fix and were left out.</source>
            <translation>Traza {track}: {n} posiciones repiten el tiempo de otra y se dejaron fuera.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/fixes.py" />
            <source>Track {track}: {n} suspect fixes (rows {rows}) imply speeds faster than any light aircraft and were left out.</source>
            <translation>Traza {track}: {n} posiciones sospechosas (filas {rows}) implican velocidades mayores que las de cualquier avioneta y se dejaron fuera.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/picture.py" />
            <source>The layer '{name}' does not hold points: airstrips and bases are points.</source>
            <translation>La capa '{name}' no contiene puntos: las pistas y las bases son puntos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>An aircraft profile needs a cruise speed and a range above zero.</source>
            <translation>Un perfil de aeronave necesita una velocidad de crucero y un alcance mayores que cero.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>Cessna 206 Stationair (single piston, fixed gear)</source>
            <translation>Cessna 206 Stationair (monomotor de pistón, tren fijo)</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>Cessna 210 / T210 Centurion (single piston, retractable)</source>
            <translation>Cessna 210 / T210 Centurion (monomotor de pistón, tren retráctil)</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>Piper PA-34-200 Seneca I (twin piston)</source>
            <translation>Piper PA-34-200 Seneca I (bimotor de pistón)</translation>
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
            <translation>definido por el usuario</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>No custom aircraft profile is saved in this project.</source>
            <translation>No hay ningún perfil de aeronave personalizado guardado en este proyecto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/profiles.py" />
            <source>Unknown aircraft profile '{key}'; available: {keys}.</source>
            <translation>Perfil de aeronave desconocido '{key}'; disponibles: {keys}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>The fuel reserve must be from 0 to under 100 %.</source>
            <translation>La reserva de combustible debe ser de 0 a menos de 100 %.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>'{value}' is not a number of minutes; give a list like 15, 30, 60.</source>
            <translation>'{value}' no es un número de minutos; indique una lista como 15, 30, 60.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>Minutes must be above zero (got {value}).</source>
            <translation>Los minutos deben ser mayores que cero (se recibió {value}).</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>Give at least one number of minutes, like 15, 30, 60.</source>
            <translation>Indique al menos un número de minutos, como 15, 30, 60.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>Give the interceptor's speed in knots (above zero); interception speeds are not published, so there is no default.</source>
            <translation>Indique la velocidad del interceptor en nudos (mayor que cero); las velocidades de interceptación no se publican, así que no hay valor por defecto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/reach.py" />
            <source>Give the reaction time in minutes (zero or more); it is not published, so there is no default.</source>
            <translation>Indique el tiempo de reacción en minutos (cero o más); no se publica, así que no hay valor por defecto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/regions.py" />
            <source>The layer '{name}' has no coordinate reference system.</source>
            <translation>La capa '{name}' no tiene sistema de referencia de coordenadas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/regions.py" />
            <source>The zone layer '{name}' has no polygon.</source>
            <translation>La capa de zona '{name}' no tiene polígonos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/regions.py" />
            <source>the zone</source>
            <translation>la zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/regions.py" />
            <source>QGIS's world map is missing ({path}); the borders cannot be drawn.</source>
            <translation>Falta el mapa mundial de QGIS ({path}); no se pueden trazar las fronteras.</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>enters {zone}</source>
            <translation>entra en {zone}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>first fix inside {zone}</source>
            <translation>primera posición dentro de {zone}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>leaves {zone}</source>
            <translation>sale de {zone}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>{minutes:.1f} min on the ground</source>
            <translation>{minutes:.1f} min en tierra</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>nearest aerodrome {aerodrome} at {km:.2f} km</source>
            <translation>aeródromo más cercano {aerodrome} a {km:.2f} km</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>into {country}</source>
            <translation>hacia {country}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>out of {country}</source>
            <translation>desde {country}</translation>
        </message>
        <message>
            <location filename="../plugin/core/air/tracks.py" />
            <source>row {row} left out: {speed:,.0f} kt from the previous fix</source>
            <translation>fila {row} dejada fuera: {speed:,.0f} kt desde la posición anterior</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>The district layer '{name}' must contain polygons.</source>
            <translation>La capa de distritos “{name}” debe contener polígonos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>Choose the field that names the districts.</source>
            <translation>Elija el campo con el nombre de los distritos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>district name</source>
            <translation>nombre del distrito</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>grouping</source>
            <translation>agrupación</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>The layer '{name}' must contain polygons to measure areas.</source>
            <translation>La capa “{name}” debe contener polígonos para medir áreas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>The layer '{name}' covers the whole globe: such a polygon has no inside on the ellipsoid and cannot be measured. Split it into smaller polygons.</source>
            <translation>La capa '{name}' cubre todo el globo: un polígono así no tiene interior sobre el elipsoide y no se puede medir. Divídalo en polígonos más pequeños.</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>The areas of '{name}' could not be measured: its coordinates cannot be placed on the ellipsoid (check the layer's CRS).</source>
            <translation>No se pudieron medir las áreas de '{name}': sus coordenadas no se pueden ubicar sobre el elipsoide (revise el SRC de la capa).</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>{n} features have no geometry: counted with 0 ha.</source>
            <translation>{n} elementos no tienen geometría: se cuentan con 0 ha.</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>{n} invalid geometries were repaired before measuring (the layer is unchanged).</source>
            <translation>Se repararon {n} geometrías no válidas antes de medir (la capa no se modificó).</translation>
        </message>
        <message>
            <location filename="../plugin/core/areas.py" />
            <source>The zone is approximate: the area inside it is indicative.</source>
            <translation>La zona es aproximada: el área dentro de ella es indicativa.</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The output {path} is also an input of this run: choose another file, the input is never overwritten.</source>
            <translation>La salida {path} también es una entrada de esta ejecución: elija otro archivo; la entrada nunca se sobrescribe.</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <location filename="../plugin/core/report/export.py" />
            <location filename="../plugin/core/trends.py" />
            <source>The output folder does not exist: {path}</source>
            <translation>La carpeta de salida no existe: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The output folder cannot be written: {path} ({error})</source>
            <translation>No se puede escribir en la carpeta de salida: {path} ({error})</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The output {path} was not written; nothing was kept.</source>
            <translation>La salida {path} no se escribió; no se conservó nada.</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The outputs could not be moved into place: {error}</source>
            <translation>No se pudieron mover las salidas a su lugar: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The file {path} is open in the project (layer '{name}'): remove its layers from the project or choose another file to add a layer to.</source>
            <translation>El archivo {path} está abierto en el proyecto (capa '{name}'): quite sus capas del proyecto o elija otro archivo al que añadir una capa.</translation>
        </message>
        <message>
            <location filename="../plugin/core/atomic.py" />
            <source>The file {path} could not be written: {error}</source>
            <translation>No se pudo escribir el archivo {path}: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Tonnes for the area given</source>
            <translation>Toneladas para el área indicada</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Tonnes for Peru's published coca area of a year</source>
            <translation>Toneladas para el área de coca publicada del Perú en un año</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Tonnes for the VRAEM's published coca area of a year</source>
            <translation>Toneladas para el área de coca publicada del VRAEM en un año</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Tonnes per year against Peru's potential production of a year</source>
            <translation>Toneladas por año frente a la producción potencial del Perú en un año</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Tonnes per year against the VRAEM's potential production of a year</source>
            <translation>Toneladas por año frente a la producción potencial del VRAEM en un año</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Unknown area unit '{unit}'.</source>
            <translation>Unidad de área desconocida: “{unit}”.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>{kg:,.2f} kg/ha is the fixed factor {estimator} applies ({low:,.2f}–{high:,.2f} kg/ha, {years}): computed with a fixed factor, not an independent estimate.</source>
            <translation>{kg:,.2f} kg/ha es el factor fijo que aplica {estimator} ({low:,.2f}–{high:,.2f} kg/ha, {years}): calculado con un factor fijo, no una estimación independiente.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>UNODC potential HCl</source>
            <translation>HCl potencial según UNODC</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>UNODC factor x national yield</source>
            <translation>Factor de UNODC × rendimiento nacional</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>UNODC factor x VRAEM yield</source>
            <translation>Factor de UNODC × rendimiento del VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>ONDCP pure potential</source>
            <translation>Potencial puro según ONDCP</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Mininter/CORAH cocaine avoided</source>
            <translation>Cocaína evitada según Mininter/CORAH</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>national potential production / national cultivated area</source>
            <translation>producción potencial nacional / superficie cultivada nacional</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>2,349-2,414 kg leaf/ha / 375</source>
            <translation>2,349–2,414 kg de hoja/ha ÷ 375</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>3,600-3,627 kg leaf/ha / 375</source>
            <translation>3,600–3,627 kg de hoja/ha ÷ 375</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>USG estimate of cultivation and pure potential production</source>
            <translation>estimación del gobierno de EE. UU. del cultivo y de la producción potencial pura</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>USG estimate</source>
            <translation>estimación del gobierno de EE. UU.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>claimed production prevented by eradication</source>
            <translation>producción que se afirma evitada por la erradicación</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>claimed production prevented by eradication (partial year); CORAH now applies a near-fixed 9.16-9.34 kg/ha to eradicated hectares, so this is not an independent estimate</source>
            <translation>producción que se afirma evitada por la erradicación (año parcial); CORAH aplica ahora un factor casi fijo de 9.16–9.34 kg/ha a las hectáreas erradicadas, así que no es una estimación independiente</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>claimed production prevented by eradication (to October); CORAH now applies a near-fixed 9.16-9.34 kg/ha to eradicated hectares, so this is not an independent estimate</source>
            <translation>producción que se afirma evitada por la erradicación (hasta octubre); CORAH aplica ahora un factor casi fijo de 9.16–9.34 kg/ha a las hectáreas erradicadas, así que no es una estimación independiente</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>computed from yield_parameters.csv</source>
            <translation>calculado con los parámetros de rendimiento incluidos</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>above the potential production</source>
            <translation>por encima de la producción potencial</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>within the potential production</source>
            <translation>dentro de la producción potencial</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>below the potential production</source>
            <translation>por debajo de la producción potencial</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>above every published ratio</source>
            <translation>por encima de todos los ratios publicados</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>within the published range</source>
            <translation>dentro del rango publicado</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>below every published ratio</source>
            <translation>por debajo de todos los ratios publicados</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>The claimed tonnes must be more than 0 (a finite number); got {value}.</source>
            <translation>Las toneladas declaradas deben ser más de 0 (un número finito); se recibió {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>The claimed area must be a finite number of more than 0 hectares; got {value}.</source>
            <translation>El área declarada debe ser un número finito de más de 0 hectáreas; se recibió {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>The claimed area (ha)</source>
            <translation>El área declarada (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>The claimed tonnes</source>
            <translation>Las toneladas declaradas</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>No published ratio is available to compare with.</source>
            <translation>No hay ningún ratio publicado con el cual comparar.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>Unknown claim kind '{kind}'; available: {kinds}.</source>
            <translation>Tipo de cifra desconocido '{kind}'; disponibles: {kinds}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/claims.py" />
            <source>{region}'s published coca area in {year}: {ha:,.0f} ha ({source})</source>
            <translation>Área de coca publicada de {region} en {year}: {ha:,.0f} ha ({source})</translation>
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
            <translation>hectáreas</translation>
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
            <translation>kilómetros cuadrados</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>mi²</source>
            <translation>mi²</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>square miles</source>
            <translation>millas cuadradas</translation>
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
            <translation>kilómetros</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>PNG image</source>
            <translation>Imagen PNG</translation>
        </message>
        <message>
            <location filename="../plugin/core/definitions.py" />
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>{n} districts not found: {names}. Likely reason: they were created after the census of the boundary file; their land may lie in the older district they were split from.</source>
            <translation>{n} distritos no encontrados: {names}. Causa probable: se crearon después del censo del archivo de límites; su territorio puede estar en el distrito más antiguo del que se separaron.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>The bundled VRAEM data could not be read: {path}</source>
            <translation>No se pudieron leer los datos del VRAEM incluidos: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>The district layer is not valid or could not be read.</source>
            <translation>La capa de distritos no es válida o no se pudo leer.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>The district layer must have polygon geometries.</source>
            <translation>La capa de distritos debe tener geometrías de polígono.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>The district layer has no coordinate reference system; set one and try again.</source>
            <translation>La capa de distritos no tiene sistema de referencia de coordenadas; asígnele uno e intente de nuevo.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>The district layer has no features.</source>
            <translation>La capa de distritos no tiene elementos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>Field {field} has malformed UBIGEO codes (expected 6 digits): {values}</source>
            <translation>El campo {field} tiene códigos UBIGEO mal formados (se esperan 6 dígitos): {values}</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>Field {field} has duplicated UBIGEO codes: {values}</source>
            <translation>El campo {field} tiene códigos UBIGEO duplicados: {values}</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>No UBIGEO field and no district-name field was found in the layer (expected e.g. IDDIST, UBIGEO or NOMBDIST, DISTRITO).</source>
            <translation>No se encontró en la capa ningún campo UBIGEO ni de nombre de distrito (se espera, por ejemplo, IDDIST, UBIGEO o NOMBDIST, DISTRITO).</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>VRAEM zone (from district boundaries)</source>
            <translation>Zona del VRAEM (a partir de límites distritales)</translation>
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
            <translation>Distritos del VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>None of the 79 VRAEM districts was found in the layer.</source>
            <translation>No se encontró en la capa ninguno de los 79 distritos del VRAEM.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>{n} invalid district geometries were repaired (in the copy only).</source>
            <translation>Se repararon {n} geometrías de distrito no válidas (solo en la copia).</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>Union of {n} of the 79 VRAEM districts found in the layer {layer}. Not found: {missing}.</source>
            <translation>Unión de {n} de los 79 distritos del VRAEM encontrados en la capa {layer}. No encontrados: {missing}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/districts.py" />
            <source>VRAEM districts (from district boundaries)</source>
            <translation>Distritos del VRAEM (de límites distritales)</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>INEI 2023 district limits (lincolneulogio/peru-geojson)</source>
            <translation>Límites distritales INEI 2023 (lincolneulogio/peru-geojson)</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>INEI 2007 district limits (juaneladio/peru-geojson)</source>
            <translation>Límites distritales INEI 2007 (juaneladio/peru-geojson)</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>The source {name} has an invalid file suffix '{suffix}' (expected e.g. .geojson).</source>
            <translation>La fuente {name} tiene una extensión de archivo no válida '{suffix}' (se espera p. ej. .geojson).</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Checksum mismatch for {name}: expected {expected}, got {actual}. The file was not kept.</source>
            <translation>La suma de comprobación de {name} no coincide: se esperaba {expected} y se obtuvo {actual}. El archivo no se conservó.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>The downloaded file of {name} has the right checksum but cannot be read as a vector layer; it was not kept.</source>
            <translation>El archivo descargado de {name} tiene la suma de verificación correcta pero no se puede leer como capa vectorial; no se conservó.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>The source {name} has no valid sha256 checksum.</source>
            <translation>La fuente {name} no tiene una suma de comprobación sha256 válida.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Using the cached file {path}</source>
            <translation>Se usa el archivo guardado en caché {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download cancelled.</source>
            <translation>Descarga cancelada.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download refused: the file is larger than {mb} MB.</source>
            <translation>Descarga rechazada: el archivo supera los {mb} MB.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>The download could not be written to the cache: {error}</source>
            <translation>No se pudo escribir la descarga en la caché: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download failed: too many redirects from {url} (a redirect loop?).</source>
            <translation>La descarga falló: demasiadas redirecciones desde {url} (¿un bucle de redirecciones?).</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download incomplete: received {got} of {total} bytes ({error}). Nothing was kept.</source>
            <translation>Descarga incompleta: se recibieron {got} de {total} bytes ({error}). No se conservó nada.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download failed: the server answered HTTP {status} for {url}</source>
            <translation>La descarga falló: el servidor respondió HTTP {status} para {url}</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download failed: {error}</source>
            <translation>La descarga falló: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>Download incomplete: received {got} of {total} bytes. Nothing was kept.</source>
            <translation>Descarga incompleta: se recibieron {got} de {total} bytes. No se conservó nada.</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>District boundaries downloaded from {url} (sha256 {sha}).</source>
            <translation>Límites distritales descargados de {url} (sha256 {sha}).</translation>
        </message>
        <message>
            <location filename="../plugin/core/download.py" />
            <source>The downloaded file could not be read: {path}</source>
            <translation>No se pudo leer el archivo descargado: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <source>The layer '{name}' has no coordinate reference system; set its CRS first.</source>
            <translation>La capa “{name}” no tiene sistema de referencia de coordenadas; asígnele primero un SRC.</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <source>The layer has no coordinate reference system; set its CRS first.</source>
            <translation>La capa no tiene sistema de referencia de coordenadas; asígnele primero un SRC.</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <source>The CRS of the layer '{name}' ({crs}) is a local (engineering) system with no link to the Earth: its areas and distances cannot be measured on the ellipsoid. Assign a geographic or projected CRS.</source>
            <translation>El SRC de la capa '{name}' ({crs}) es un sistema local (de ingeniería) sin vínculo con la Tierra: sus áreas y distancias no se pueden medir sobre el elipsoide. Asigne un SRC geográfico o proyectado.</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <location filename="../plugin/processing/outputs.py" />
            <source>Cancelled by the user; nothing was written.</source>
            <translation>Cancelado por el usuario; no se escribió nada.</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <source>The field '{field}' ({purpose}) is not in the layer '{layer}'.</source>
            <translation>El campo “{field}” ({purpose}) no está en la capa “{layer}”.</translation>
        </message>
        <message>
            <location filename="../plugin/core/measuring.py" />
            <source>The layer '{name}' must contain polygons.</source>
            <translation>La capa “{name}” debe contener polígonos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be a number; got '{value}'.</source>
            <translation>{what} debe ser un número; se recibió '{value}'.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be a finite number; got {value}.</source>
            <translation>{what} debe ser un número finito; se recibió {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be between {minimum:g} and {maximum:g}; got {value}.</source>
            <translation>{what} debe estar entre {minimum:g} y {maximum:g}; se recibió {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be more than {minimum:g}; got {value}.</source>
            <translation>{what} debe ser mayor que {minimum:g}; se recibió {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be {minimum:g} or more; got {value}.</source>
            <translation>{what} debe ser {minimum:g} o más; se recibió {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/numbers.py" />
            <source>{what} must be at most {maximum:g}; got {value}.</source>
            <translation>{what} debe ser como máximo {maximum:g}; se recibió {value}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The buffer distance must be a number of metres.</source>
            <translation>La distancia del área de influencia debe ser un número de metros.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>The buffer distance must be more than 0.</source>
            <translation>La distancia del área de influencia debe ser mayor que 0.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The buffer distance {km:,.0f} km is absurd: at most {max:,.0f} km.</source>
            <translation>Una distancia de {km:,.0f} km para el área de influencia es absurda: como máximo {max:,.0f} km.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The layer '{name}' has no point, line or polygon geometry.</source>
            <translation>La capa “{name}” no tiene geometría de punto, línea ni polígono.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The features of '{name}' cannot be placed on the ellipsoid (check the layer's CRS).</source>
            <translation>Las entidades de '{name}' no se pueden ubicar sobre el elipsoide (revise el SRC de la capa).</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The features of '{name}' (with the buffer distance) cross the 180° meridian: buffers and overlaps there cannot be measured reliably.</source>
            <translation>Las entidades de '{name}' (con la distancia del búfer) cruzan el meridiano de 180°: allí los búferes y las superposiciones no se pueden medir de forma fiable.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The features of '{name}' (with the buffer distance) reach a pole: buffers and overlaps there cannot be measured reliably.</source>
            <translation>Las entidades de '{name}' (con la distancia del búfer) alcanzan un polo: allí los búferes y las superposiciones no se pueden medir de forma fiable.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>The source layer has no feature to buffer.</source>
            <translation>La capa de origen no tiene ningún elemento para generar el área de influencia.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>{n} invalid geometries were repaired before measuring (the layers are unchanged).</source>
            <translation>Se repararon {n} geometrías no válidas antes de medir (las capas no se modificaron).</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>{n} source features have no geometry and were skipped.</source>
            <translation>{n} elementos de origen no tienen geometría y se omitieron.</translation>
        </message>
        <message>
            <location filename="../plugin/core/overlap.py" />
            <source>{n} target features have no geometry and were skipped.</source>
            <translation>{n} elementos de destino no tienen geometría y se omitieron.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>planned</source>
            <translation>planificado</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>eradicated</source>
            <translation>erradicado</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>suspended</source>
            <translation>suspendido</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>SAMPLE (synthetic)</source>
            <translation>MUESTRA (sintética)</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>SAMPLE: synthetic sector for demonstration only; not a real eradication plan</source>
            <translation>MUESTRA: sector sintético solo para demostración; no es un plan de erradicación real</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>none (synthetic)</source>
            <translation>ninguna (datos sintéticos)</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>SAMPLE sector {number} near {town}</source>
            <translation>MUESTRA: sector {number} cerca de {town}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Sector ID</source>
            <translation>Código del sector</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Sector name</source>
            <translation>Nombre del sector</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Plan year</source>
            <translation>Año del plan</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Agency</source>
            <translation>Entidad</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Target (ha)</source>
            <translation>Meta (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Status must be planned, in progress, eradicated or suspended</source>
            <translation>El estado debe ser planificado, en curso, erradicado o suspendido</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Plan year must be between 2000 and 2100</source>
            <translation>El año del plan debe estar entre 2000 y 2100</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Target hectares cannot be negative</source>
            <translation>Las hectáreas de la meta no pueden ser negativas</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <location filename="../plugin/processing/layers/import_plan.py" />
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>Eradication plan</source>
            <translation>Plan de erradicación</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Choose a GeoPackage file for the new eradication plan.</source>
            <translation>Elija un archivo GeoPackage para el nuevo plan de erradicación.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The coordinate reference system of the new plan is not valid.</source>
            <translation>El sistema de referencia de coordenadas del nuevo plan no es válido.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The file exists but is not a readable GeoPackage: {path}</source>
            <translation>El archivo existe pero no es un GeoPackage legible: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The GeoPackage already has a layer named {name}; choose another name.</source>
            <translation>El GeoPackage ya tiene una capa llamada {name}; elija otro nombre.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The plan was created but could not be opened: {path}</source>
            <translation>El plan se creó, pero no se pudo abrir: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The plan could not be created: {error}</source>
            <translation>No se pudo crear el plan: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Eradication plan form: value map and constraints</source>
            <translation>Formulario del plan de erradicación: lista de valores y restricciones</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>File not found: {path}</source>
            <translation>No se encontró el archivo: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The CSV file has no geometry column (expected a WKT column named wkt or geometry): {path}</source>
            <translation>El archivo CSV no tiene columna de geometría (se espera una columna WKT llamada wkt o geometry): {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The file could not be read (unreadable or corrupt): {path}</source>
            <translation>No se pudo leer el archivo (ilegible o dañado): {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The KML file could not be read: {error}</source>
            <translation>No se pudo leer el archivo KML: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The attributes of a KML file whose placemarks are in several folders cannot be read with this GDAL (it has no LIBKML driver). Save the file as a GeoPackage and import that.</source>
            <translation>Los atributos de un archivo KML cuyas marcas de posición están en varias carpetas no se pueden leer con este GDAL (no tiene el controlador LIBKML). Guarde el archivo como GeoPackage e importe ese.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row} of {path} has a geometry (WKT) that cannot be read; fix it and import again.</source>
            <translation>La fila {row} de {path} tiene una geometría (WKT) que no se puede leer; corríjala e importe de nuevo.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row}: plan year '{value}' is not a year.</source>
            <translation>Fila {row}: el año del plan “{value}” no es un año.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row}: target hectares '{value}' is not a number.</source>
            <translation>Fila {row}: las hectáreas de la meta “{value}” no son un número.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row}: status '{value}' is not one of planned, in progress, eradicated, suspended.</source>
            <translation>Fila {row}: el estado “{value}” no es ninguno de planificado, en curso, erradicado, suspendido.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Unknown plan field in the field map: {name}</source>
            <translation>Campo del plan desconocido en la correspondencia de campos: {name}</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The layer has no field named {name}.</source>
            <translation>La capa no tiene ningún campo llamado {name}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The layer is not valid.</source>
            <translation>La capa no es válida.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>An eradication plan needs polygons; this layer has no polygon geometry.</source>
            <translation>Un plan de erradicación necesita polígonos; esta capa no tiene geometría de polígono.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>The layer has no coordinate reference system; set one and try again.</source>
            <translation>La capa no tiene sistema de referencia de coordenadas; asígnele uno e intente de nuevo.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Eradication plan ({name})</source>
            <translation>Plan de erradicación ({name})</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row} of {name} has no geometry: draw its polygon or delete the row, then load the plan again (nothing was imported).</source>
            <translation>La fila {row} de {name} no tiene geometría: dibuje su polígono o elimine la fila y vuelva a cargar el plan (no se importó nada).</translation>
        </message>
        <message>
            <location filename="../plugin/core/plans.py" />
            <source>Row {row} of {name} has an invalid geometry that could not be repaired: redraw its polygon or delete the row, then load the plan again (nothing was imported).</source>
            <translation>La fila {row} de {name} tiene una geometría no válida que no se pudo reparar: vuelva a dibujar su polígono o elimine la fila y vuelva a cargar el plan (no se importó nada).</translation>
        </message>
        <message>
            <location filename="../plugin/core/plausibility.py" />
            <source>Potential yield assumes that the whole of every analysed polygon is coca.</source>
            <translation>El rendimiento potencial supone que cada polígono analizado es coca en su totalidad.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plausibility.py" />
            <source>At least one polygon measures {ha:,.0f} ha or more, far larger than a coca field (flagged above {limit:,.0f} ha): its yield is not plausible.</source>
            <translation>Al menos un polígono mide {ha:,.0f} ha o más, mucho más que un campo de coca (se señala por encima de {limit:,.0f} ha): su rendimiento no es verosímil.</translation>
        </message>
        <message>
            <location filename="../plugin/core/plausibility.py" />
            <source>The polygons total {ha:,.0f} ha, more than Peru's largest published coca area of any year ({peak:,.0f} ha in {year}): they cannot all be coca.</source>
            <translation>Los polígonos suman {ha:,.0f} ha, más que la mayor superficie de coca publicada del Perú en cualquier año ({peak:,.0f} ha en {year}): no pueden ser todos coca.</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the field '{field}' is not in the layer</source>
            <translation>el campo '{field}' no está en la capa</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>QGIS has no PostgreSQL provider</source>
            <translation>QGIS no tiene el proveedor PostgreSQL</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the layer is in edit mode</source>
            <translation>la capa está en modo de edición</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>only some of its features are read (selection, limit or filter)</source>
            <translation>solo se leen algunas de sus entidades (selección, límite o filtro)</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the layer has a filter it cannot translate</source>
            <translation>la capa tiene un filtro que no puede traducir</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the layer is an SQL query, not a table</source>
            <translation>la capa es una consulta SQL, no una tabla</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>its key is not one integer column (QGIS numbers the features itself)</source>
            <translation>su clave no es una sola columna entera (QGIS numera las entidades por su cuenta)</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>its CRS ({crs}) is not stored as EPSG:4326 or WGS 84 / UTM</source>
            <translation>su SRC ({crs}) no está guardado como EPSG:4326 ni WGS 84 / UTM</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>'{name}' is in another database</source>
            <translation>'{name}' está en otra base de datos</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>'{name}' is in another CRS</source>
            <translation>'{name}' está en otro SRC</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the database refused the query: {error}</source>
            <translation>la base de datos rechazó la consulta: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>'{name}' is a PostGIS layer but is measured in QGIS: {reason}.</source>
            <translation>'{name}' es una capa PostGIS pero se mide en QGIS: {reason}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>only the selected features are wanted</source>
            <translation>se piden solo las entidades seleccionadas</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the measuring ellipsoid is {ellipsoid}, not WGS84</source>
            <translation>el elipsoide de medición es {ellipsoid}, no WGS84</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the zone is not in PostGIS</source>
            <translation>la zona no está en PostGIS</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>the districts are not in PostGIS</source>
            <translation>los distritos no están en PostGIS</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>no district name field</source>
            <translation>no hay campo de nombre de distrito</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>'{name}' was measured inside its PostGIS database.</source>
            <translation>'{name}' se midió dentro de su base de datos PostGIS.</translation>
        </message>
        <message>
            <location filename="../plugin/core/postgis.py" />
            <source>The overlaps with '{name}' were computed inside its PostGIS database.</source>
            <translation>Las superposiciones con '{name}' se calcularon dentro de su base de datos PostGIS.</translation>
        </message>
        <message>
            <location filename="../plugin/core/project_storage.py" />
            <source>Save the project first: its layers are stored beside the project file.</source>
            <translation>Guarde primero el proyecto: sus capas se guardan junto al archivo del proyecto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/project_storage.py" />
            <source>The project is not saved as a file, so its temporary layers cannot be stored beside it; save them with Make Permanent, or save the project as a file.</source>
            <translation>El proyecto no se guarda como archivo, así que sus capas temporales no se pueden guardar junto a él; guárdelas con Hacer permanente o guarde el proyecto como archivo.</translation>
        </message>
        <message>
            <location filename="../plugin/core/project_storage.py" />
            <source>The layer '{name}' could not be stored in {path}: {error}</source>
            <translation>No se pudo guardar la capa '{name}' en {path}: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/project_storage.py" />
            <source>The project file describes the layer '{name}' without a data source.</source>
            <translation>El archivo del proyecto describe la capa '{name}' sin fuente de datos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>VRAEM zone (approximate)</source>
            <translation>Zona del VRAEM (aproximada)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>District capitals</source>
            <translation>Capitales distritales</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Towns</source>
            <translation>Centros poblados</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Border crossings</source>
            <translation>Pasos de frontera</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Aerodromes</source>
            <translation>Aeródromos</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Eradication plan (SAMPLE)</source>
            <translation>Plan de erradicación (MUESTRA)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Compiled from the VRAEM Analyst facts (shared/facts); every feature carries its source and confidence.</source>
            <translation>Compilado a partir de los datos de referencia de VRAEM Analyst (shared/facts); cada elemento lleva su fuente y su grado de confianza.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>APPROXIMATE outline of the VRAEM (Valle de los ríos Apurímac, Ene y Mantaro): union of Thiessen (Voronoi) cells of the capitals of its 79 districts, clipped to Natural Earth departments. Not an official boundary; areas measured on it are approximate. For an exact zone build it from district boundaries.</source>
            <translation>Contorno APROXIMADO del VRAEM (Valle de los ríos Apurímac, Ene y Mantaro): unión de los polígonos de Thiessen (Voronoi) de las capitales de sus 79 distritos, recortada a los departamentos de Natural Earth. No es un límite oficial; las áreas medidas sobre él son aproximadas. Para una zona exacta, constrúyala a partir de límites distritales.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Capitals of the VRAEM districts and their neighbours (INEI populated places) with UBIGEO, province, department, VRAEM membership and DEVIDA coca subzone. Rows without published coordinates have no geometry.</source>
            <translation>Capitales de los distritos del VRAEM y de sus vecinos (centros poblados del INEI) con UBIGEO, provincia, departamento, pertenencia al VRAEM y subzona cocalera de DEVIDA. Las filas sin coordenadas publicadas no tienen geometría.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Key towns of the VRAEM (INEI populated places).</source>
            <translation>Principales centros poblados del VRAEM (centros poblados del INEI).</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Border crossings of Peru toward Bolivia, Brazil, Colombia, Ecuador and Chile; points are the Peruvian-side town, not the checkpoint. One crossing has no coordinates.</source>
            <translation>Pasos de frontera del Perú hacia Bolivia, Brasil, Colombia, Ecuador y Chile; los puntos son el pueblo del lado peruano, no el puesto de control. Un paso no tiene coordenadas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Aerodromes of Peru (small, medium and large airports, heliports, closed) from OurAirports: known, mostly registered aerodromes, not clandestine airstrips. in_zone marks those inside the approximate VRAEM zone.</source>
            <translation>Aeródromos del Perú (aeropuertos pequeños, medianos y grandes, helipuertos, cerrados) de OurAirports: aeródromos conocidos, en su mayoría registrados, no pistas clandestinas. in_zone marca los que están dentro de la zona aproximada del VRAEM.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>SAMPLE eradication plan: synthetic sectors generated by a seeded script for demonstration. Not real data; never use it for decisions.</source>
            <translation>Plan de erradicación de MUESTRA: sectores sintéticos generados por un script con semilla fija para demostración. No son datos reales; nunca lo use para tomar decisiones.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Peru and its neighbours, from QGIS's world map (Natural Earth, public domain).</source>
            <translation>El Perú y sus vecinos, del mapa mundial de QGIS (Natural Earth, dominio público).</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Reference table of the VRAEM Analyst facts.</source>
            <translation>Tabla de referencia de los datos de VRAEM Analyst.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com</source>
            <translation>Hecho con Natural Earth. Datos cartográficos vectoriales y ráster libres @ naturalearthdata.com</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Public domain (Natural Earth)</source>
            <translation>Dominio público (Natural Earth)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Source: OurAirports (ourairports.com), airports.csv; see each feature's source field.</source>
            <translation>Fuente: OurAirports (ourairports.com), airports.csv; vea el campo source de cada entidad.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Public domain (OurAirports, Unlicense)</source>
            <translation>Dominio público (OurAirports, Unlicense)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Sources: INEI (UBIGEO, populated places) via github.com/jmcastagnetto/ubigeo-peru-aumentado; PCM GEOPERU (VRAEM list); DEVIDA; UNODC; Migraciones; Natural Earth. See each feature's source field.</source>
            <translation>Fuentes: INEI (UBIGEO, centros poblados) vía github.com/jmcastagnetto/ubigeo-peru-aumentado; PCM GEOPERU (lista del VRAEM); DEVIDA; UNODC; Migraciones; Natural Earth. Vea el campo de fuente de cada elemento.</translation>
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
            <translation>vecino</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <location filename="../plugin/core/series.py" />
            <source>Peru</source>
            <translation>Perú</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Bolivia</source>
            <translation>Bolivia</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Brazil</source>
            <translation>Brasil</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Colombia</source>
            <translation>Colombia</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Ecuador</source>
            <translation>Ecuador</translation>
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
            <translation>Guyana</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Paraguay</source>
            <translation>Paraguay</translation>
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
            <translation>aeropuerto grande</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>medium airport</source>
            <translation>aeropuerto mediano</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>small airport</source>
            <translation>aeropuerto pequeño</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>heliport</source>
            <translation>helipuerto</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>closed</source>
            <translation>cerrado</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>the layer '{name}' is not valid (its file may be missing)</source>
            <translation>la capa '{name}' no es válida (puede faltar su archivo)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>the layer '{name}' has no polygons</source>
            <translation>la capa '{name}' no tiene polígonos</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>the layer '{name}' has no features (a temporary layer that was not kept when the project was saved?)</source>
            <translation>la capa '{name}' no tiene elementos (¿una capa temporal que no se conservó al guardar el proyecto?)</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>approximate, from district capitals</source>
            <translation>aproximada, a partir de las capitales de distrito</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>built from district boundaries</source>
            <translation>construida a partir de límites distritales</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>'{name}' ({kind})</source>
            <translation>'{name}' ({kind})</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>{matched} of {total} districts, {share:.0f} % of the approximate zone's area</source>
            <translation>{matched} de {total} distritos, {share:.0f} % del área de la zona aproximada</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>The zone cannot be used: {problem}.</source>
            <translation>No se puede usar la zona: {problem}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Zone: {zone}.</source>
            <translation>Zona: {zone}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>Not used: {reasons}.</source>
            <translation>No usada: {reasons}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>No zone is used: {reasons}. Add the VRAEM layers or build the zone again.</source>
            <translation>No se usa ninguna zona: {reasons}. Añada las capas VRAEM o vuelva a construir la zona.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>No zone in the project: the part inside the zone is not computed.</source>
            <translation>No hay zona en el proyecto: no se calcula la parte dentro de la zona.</translation>
        </message>
        <message>
            <location filename="../plugin/core/reference.py" />
            <source>The bundled VRAEM data is missing ({path}); reinstall the plugin.</source>
            <translation>Faltan los datos del VRAEM incluidos en el complemento ({path}); reinstale el complemento.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>Track</source>
            <translation>Traza</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Entry (UTC)</source>
            <translation>Ingreso (UTC)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Exit (UTC)</source>
            <translation>Salida (UTC)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Minutes in the zone</source>
            <translation>Minutos en la zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>km in the zone</source>
            <translation>km en la zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Crossed into</source>
            <translation>Cruzó a</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>Interception (UTC)</source>
            <translation>Intercepción (UTC)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>From base</source>
            <translation>Desde la base</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>Before exit</source>
            <translation>Antes de salir</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>not reached</source>
            <translation>no alcanzada</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>… and {count} more tracks in the zone</source>
            <translation>… y {count} trazas más en la zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>No track entered the zone.</source>
            <translation>Ninguna traza ingresó a la zona.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Reach of the {aircraft} from stops in the zone</source>
            <translation>Alcance del {aircraft} desde paradas en la zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>The air picture has nothing to show (no tracks?).</source>
            <translation>El panorama aéreo no tiene nada que mostrar (¿sin trazas?).</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <source>Air picture: flight tracks against the no-fly zone</source>
            <translation>Panorama aéreo: trazas de vuelo frente a la zona de exclusión aérea</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/air_page.py" />
            <location filename="../plugin/core/report/sheet.py" />
            <source>Legend</source>
            <translation>Leyenda</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>Export to {path} failed ({code}). {error}</source>
            <translation>La exportación a {path} falló ({code}). {error}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>Export to {path} wrote no file.</source>
            <translation>La exportación a {path} no escribió ningún archivo.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>The resolution must be a positive number of dots per inch.</source>
            <translation>La resolución debe ser un número positivo de puntos por pulgada.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>Choose a .pdf or .png file to export the layout.</source>
            <translation>Elija un archivo .pdf o .png para exportar el diseño.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>The export was cancelled.</source>
            <translation>La exportación se canceló.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>This layout has no atlas.</source>
            <translation>Este diseño no tiene atlas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>The atlas has no pages to export.</source>
            <translation>El atlas no tiene páginas que exportar.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/export.py" />
            <source>Atlas page {n} could not be prepared.</source>
            <translation>No se pudo preparar la página {n} del atlas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>n/a</source>
            <translation>n. d.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>The zone boundary is approximate (built from district capitals), not the legal limit.</source>
            <translation>El límite de la zona es aproximado (construido a partir de las capitales distritales), no es el límite legal.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>The zone is the union of the VRAEM districts found in the boundary layer used; districts missing from that layer are not included.</source>
            <translation>La zona es la unión de los distritos del VRAEM encontrados en la capa de límites usada; los distritos que faltan en esa capa no están incluidos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Eradication plans marked SAMPLE are invented test data, not real operations.</source>
            <translation>Los planes de erradicación marcados como MUESTRA (SAMPLE) son datos de prueba inventados, no operaciones reales.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Zone, towns and crossings: INEI populated places, PCM GEOPERU district list</source>
            <translation>Zona, centros poblados y pasos de frontera: centros poblados del INEI, lista de distritos de GEOPERU (PCM)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Basemap: Natural Earth (QGIS world map)</source>
            <translation>Mapa base: Natural Earth (mapa mundial de QGIS)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>A yield range needs three values: low, central and high.</source>
            <translation>Un rango de rendimiento necesita tres valores: bajo, central y alto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>VRAEM zone area (approximate)</source>
            <translation>Área de la zona del VRAEM (aproximada)</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>VRAEM zone area</source>
            <translation>Área de la zona del VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Area analysed</source>
            <translation>Área analizada</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>of which inside the zone</source>
            <translation>de la cual dentro de la zona</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Potential coca leaf, low</source>
            <translation>Hoja de coca potencial, baja</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <location filename="../plugin/core/schemas.py" />
            <source>t/yr</source>
            <translation>t/año</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Potential coca leaf, central</source>
            <translation>Hoja de coca potencial, central</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Potential coca leaf, high</source>
            <translation>Hoja de coca potencial, alta</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <location filename="../plugin/core/schemas.py" />
            <source>Potential cocaine HCl, low</source>
            <translation>Cocaína HCl potencial, baja</translation>
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
            <translation>Dentro de las áreas de influencia</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>points</source>
            <translation>puntos</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Features touching the buffers</source>
            <translation>Elementos que tocan las áreas de influencia</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>Within {km} km of {layer}</source>
            <translation>A menos de {km} km de {layer}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/figures.py" />
            <source>share of the feature inside the buffers</source>
            <translation>proporción del elemento dentro de las áreas de influencia</translation>
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
            <translation>Plantilla de diseño desconocida: {name}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layout template could not be read: {path}</source>
            <translation>No se pudo leer la plantilla de diseño: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layout template is not valid XML: {path}</source>
            <translation>La plantilla de diseño no es un XML válido: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layout template could not be loaded: {path}</source>
            <translation>No se pudo cargar la plantilla de diseño: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layout template lacks the items: {ids}</source>
            <translation>A la plantilla de diseño le faltan los elementos: {ids}</translation>
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
            <translation>La capa {name} no tiene sistema de referencia de coordenadas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Figure</source>
            <translation>Cifra</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>{date} · prepared by {author}</source>
            <translation>{date} · elaborado por {author}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Analysed layer: {layer}</source>
            <translation>Capa analizada: {layer}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Parameter set: {name}</source>
            <translation>Conjunto de parámetros: {name}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The report needs at least one layer to show.</source>
            <translation>El informe necesita al menos una capa para mostrar.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layer {name} is not valid.</source>
            <translation>La capa {name} no es válida.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>VRAEM report {date}</source>
            <translation>Informe VRAEM {date}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layers to show have no extent (are they empty?).</source>
            <translation>Las capas que se deben mostrar no tienen extensión (¿están vacías?).</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <location filename="../plugin/gui/sections/export.py" />
            <source>VRAEM: areas and potential coca yield</source>
            <translation>VRAEM: áreas y rendimiento potencial de coca</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Sources: {sources}</source>
            <translation>Fuentes: {sources}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Main map: {crs} ({authid})</source>
            <translation>Mapa principal: {crs} ({authid})</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Overview map: {crs} · areas: ellipsoidal ({ellipsoid})</source>
            <translation>Mapa de ubicación: {crs} · áreas: elipsoidales ({ellipsoid})</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>VRAEM Analyst · {date}</source>
            <translation>VRAEM Analyst · {date}</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The layout could not be added to the project.</source>
            <translation>No se pudo agregar el diseño al proyecto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>Trends: coca area and eradication by year</source>
            <translation>Tendencias: área de coca y erradicación por año</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The atlas needs a valid polygon layer.</source>
            <translation>El atlas necesita una capa de polígonos válida.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/sheet.py" />
            <source>The atlas layer {name} has no features.</source>
            <translation>La capa del atlas {name} no tiene elementos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/styles.py" />
            <source>The bundled font {name} could not be loaded.</source>
            <translation>No se pudo cargar la fuente tipográfica incluida {name}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/styles.py" />
            <location filename="../plugin/gui/figures.py" />
            <source>All features</source>
            <translation>Todos los elementos</translation>
        </message>
        <message>
            <location filename="../plugin/core/report/styles.py" />
            <source>This page's feature</source>
            <translation>Elemento de esta página</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Potential leaf, low</source>
            <translation>Hoja potencial, baja</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Potential leaf</source>
            <translation>Hoja potencial</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Potential leaf, high</source>
            <translation>Hoja potencial, alta</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Potential cocaine HCl</source>
            <translation>Cocaína HCl potencial</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Feature</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Inside zone</source>
            <translation>Dentro de la zona</translation>
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
            <translation>Geometría reparada</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>No geometry</source>
            <translation>Sin geometría</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Scope</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/gui/options.py" />
            <location filename="../plugin/gui/sections/areas.py" />
            <location filename="../plugin/gui/sections/export.py" />
            <source>Parameter set</source>
            <translation>Conjunto de parámetros</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Range basis</source>
            <translation>Base del rango</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Overlap</source>
            <translation>Superposición</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Points inside</source>
            <translation>Puntos dentro</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>count</source>
            <translation>cantidad</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Length inside</source>
            <translation>Longitud dentro</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Target feature</source>
            <translation>Elemento de destino</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Buffered features</source>
            <translation>Entidades con buffer</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Buffers</source>
            <translation>Áreas de influencia</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/gui/sections/air.py" />
            <source>Length</source>
            <translation>Longitud</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Source feature</source>
            <translation>Entidad de origen</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Buffer</source>
            <translation>Buffer</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Target features</source>
            <translation>Entidades objetivo</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Distance</source>
            <translation>Distancia</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Ratio</source>
            <translation>Ratio</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>kg HCl/ha</source>
            <translation>kg HCl/ha</translation>
        </message>
        <message>
            <location filename="../plugin/core/schemas.py" />
            <source>Cocaine for the claimed area</source>
            <translation>Cocaína para el área declarada</translation>
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
            <translation>Cifra declarada ÷ referencia</translation>
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
            <translation>Fuente</translation>
        </message>
        <message>
            <location filename="../plugin/core/series.py" />
            <source>The bundled coca-area series is empty.</source>
            <translation>La serie de áreas de coca incluida está vacía.</translation>
        </message>
        <message>
            <location filename="../plugin/core/series.py" />
            <source>Unknown region '{region}': use peru or vraem.</source>
            <translation>Región desconocida '{region}': use peru o vraem.</translation>
        </message>
        <message>
            <location filename="../plugin/core/series.py" />
            <source>The year must be a whole number such as 2020.</source>
            <translation>El año debe ser un número entero, por ejemplo 2020.</translation>
        </message>
        <message>
            <location filename="../plugin/core/series.py" />
            <source>{year} is outside the published coca-area series ({first}–{last}); nearest years with a {region} figure: {nearest}.</source>
            <translation>{year} está fuera de la serie publicada de áreas de coca ({first}–{last}); años más cercanos con una cifra de {region}: {nearest}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/series.py" />
            <source>No {region} coca area was published for {year}; nearest years with data: {nearest}.</source>
            <translation>No se publicó un área de coca de {region} para {year}; años más cercanos con datos: {nearest}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/snapshot.py" />
            <source>The layer '{name}' is not valid or could not be read.</source>
            <translation>La capa '{name}' no es válida o no se pudo leer.</translation>
        </message>
        <message>
            <location filename="../plugin/core/totals.py" />
            <source>GDAL could not read '{name}' ({error}); it is read through QGIS instead.</source>
            <translation>GDAL no pudo leer '{name}' ({error}); se lee a través de QGIS.</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>The trends chart needs matplotlib, which is not installed (on Debian or Ubuntu: python3-matplotlib; QGIS's Windows and macOS installers include it). Everything else works without it.</source>
            <translation>El gráfico de tendencias necesita matplotlib, que no está instalado (en Debian o Ubuntu: python3-matplotlib; los instaladores de QGIS para Windows y macOS lo incluyen). Todo lo demás funciona sin él.</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Eradicated (CORAH)</source>
            <translation>Erradicado (CORAH)</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Eradicated: partial year, lower bound or approximate</source>
            <translation>Erradicado: año parcial, cota inferior o aproximado</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Coca area, Peru</source>
            <translation>Área de coca, Perú</translation>
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
            <translation>Área de coca y erradicación en el Perú, {first}–{last}</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>VRAEM share of Peru</source>
            <translation>Participación del VRAEM en el Perú</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>VRAEM share (%)</source>
            <translation>Participación del VRAEM (%)</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>{year}: DEVIDA methodology (areas in production), not comparable with earlier years</source>
            <translation>{year}: metodología de DEVIDA (áreas en producción), no comparable con años anteriores</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Gaps are years without a published figure (never interpolated). Sources: UNODC coca surveys (2004–2017), DEVIDA monitoring (2018–2024), CORAH/Mininter eradication, as bundled with each year's source.</source>
            <translation>Los vacíos son años sin cifra publicada (nunca se interpolan). Fuentes: monitoreos de coca de UNODC (2004–2017), monitoreo de DEVIDA (2018–2024), erradicación de CORAH/Mininter, incluidos con la fuente de cada año.</translation>
        </message>
        <message>
            <location filename="../plugin/core/trends.py" />
            <source>Choose a .svg or .png file for the trends chart.</source>
            <translation>Elija un archivo .svg o .png para el gráfico de tendencias.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{year}: {source}</source>
            <translation>{year}: {source}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Yield parameters must be positive numbers.</source>
            <translation>Los parámetros de rendimiento deben ser números positivos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Leaf yields must satisfy low ≤ central ≤ high.</source>
            <translation>Los rendimientos de hoja deben cumplir bajo ≤ central ≤ alto.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Leaf per cocaine HCl must satisfy lowest ≤ central ≤ highest.</source>
            <translation>La hoja por cocaína HCl debe cumplir menor ≤ central ≤ mayor.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>central leaf yield</source>
            <translation>rendimiento central de hoja</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>low leaf yield</source>
            <translation>rendimiento bajo de hoja</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>low leaf yield (a floor: DEVIDA said 'above 3 t/ha'; not an estimate)</source>
            <translation>rendimiento bajo de hoja (un piso: DEVIDA dijo «más de 3 t/ha»; no es una estimación)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>high leaf yield (derived point for 2016; no published upper bound found)</source>
            <translation>rendimiento alto de hoja (valor derivado para 2016; no se halló un límite superior publicado)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>high leaf yield (derived point for 2016; 2013 was higher, see observed rows)</source>
            <translation>rendimiento alto de hoja (valor derivado para 2016; 2013 fue mayor, vea las filas observadas)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>observed national yield (derived; highest found)</source>
            <translation>rendimiento nacional observado (derivado; el más alto hallado)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>observed national yield (derived; lowest found after 2006)</source>
            <translation>rendimiento nacional observado (derivado; el más bajo hallado después de 2006)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>leaf to cocaine HCl conversion</source>
            <translation>conversión de hoja a cocaína HCl</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>observed conversion implied by UNODC's own figures</source>
            <translation>conversión observada que se deduce de las cifras de la propia UNODC</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>VRAEM (UNODC/DEVIDA leaf yields)</source>
            <translation>VRAEM (rendimientos de hoja de UNODC/DEVIDA)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Peru national average (UNODC)</source>
            <translation>Promedio nacional del Perú (UNODC)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Custom (saved in the project)</source>
            <translation>Personalizado (guardado en el proyecto)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>derived from {source}</source>
            <translation>derivado de {source}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>derived: {leaf} t leaf / {area} ha</source>
            <translation>derivado: {leaf} t de hoja / {area} ha</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{what} as quoted by {by}</source>
            <translation>{what}, citado por {by}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{document} leaf production and area</source>
            <translation>producción de hoja y superficie de {document}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{org} {date} press release</source>
            <translation>comunicado de {org} {date}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{org} statement</source>
            <translation>declaración de {org}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{document} fact sheet</source>
            <translation>ficha de {document}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{document} conversion factor</source>
            <translation>factor de conversión de {document}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{year} (last applied {last})</source>
            <translation>{year} (aplicado por última vez en {last})</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{role} {value:g} ({year}): {source}</source>
            <translation>{role} {value:g} ({year}): {source}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>default conversion</source>
            <translation>conversión predeterminada</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Low: lowest leaf yield {leaf:,.0f} kg/ha ({leaf_source}) ÷ highest conversion {factor:,.0f} kg leaf per kg HCl ({factor_source})</source>
            <translation>Bajo: menor rendimiento de hoja {leaf:,.0f} kg/ha ({leaf_source}) ÷ mayor conversión {factor:,.0f} kg de hoja por kg de HCl ({factor_source})</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Central: central leaf yield {leaf:,.0f} kg/ha ({leaf_source}) ÷ central conversion {factor:,.0f} kg leaf per kg HCl ({factor_source})</source>
            <translation>Central: rendimiento de hoja central {leaf:,.0f} kg/ha ({leaf_source}) ÷ conversión central {factor:,.0f} kg de hoja por kg de HCl ({factor_source})</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>High: highest leaf yield {leaf:,.0f} kg/ha ({leaf_source}) ÷ lowest conversion {factor:,.0f} kg leaf per kg HCl ({factor_source})</source>
            <translation>Alto: mayor rendimiento de hoja {leaf:,.0f} kg/ha ({leaf_source}) ÷ menor conversión {factor:,.0f} kg de hoja por kg de HCl ({factor_source})</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Yields are potential and indicative, from the custom parameter set '{label}' (source: {source}).</source>
            <translation>Los rendimientos son potenciales e indicativos, del conjunto de parámetros personalizado '{label}' (fuente: {source}).</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Yields are potential and indicative: UNODC has published no Peru cocaine estimate since 2009.</source>
            <translation>Los rendimientos son potenciales e indicativos: UNODC no ha publicado ninguna estimación de cocaína para el Perú desde 2009.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{central:,.0f} kg leaf per kg HCl</source>
            <translation>{central:,.0f} kg de hoja por kg de HCl</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>{central:,.0f} kg leaf per kg HCl, range {low:,.0f}–{high:,.0f} (cocaine low = lowest yield ÷ {high:,.0f}, high = highest yield ÷ {low:,.0f})</source>
            <translation>{central:,.0f} kg hoja/kg HCl, rango {low:,.0f}–{high:,.0f} (bajo = menor rendimiento ÷ {high:,.0f}; alto = mayor ÷ {low:,.0f})</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Leaf yield {low:,.0f}–{high:,.0f} kg/ha: {sources}</source>
            <translation>Rendimiento de hoja {low:,.0f}–{high:,.0f} kg/ha: {sources}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Conversion {factor}: {sources}</source>
            <translation>Conversión {factor}: {sources}</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>The bundled data file is missing: {path}. Reinstall the plugin.</source>
            <translation>Falta el archivo de datos incluido: {path}. Reinstale el complemento.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>The table '{table}' is missing from the bundled data {path}.</source>
            <translation>Falta la tabla “{table}” en los datos incluidos {path}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>The bundled yield parameters are empty.</source>
            <translation>Los parámetros de rendimiento incluidos están vacíos.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>The area must be zero or more hectares.</source>
            <translation>El área debe ser de cero o más hectáreas.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <location filename="../plugin/expressions.py" />
            <source>The area (ha)</source>
            <translation>El área (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Unknown parameter set '{key}'; available: {keys}.</source>
            <translation>Conjunto de parámetros desconocido “{key}”; disponibles: {keys}.</translation>
        </message>
        <message>
            <location filename="../plugin/core/yields.py" />
            <source>Unknown yield level '{level}': use low, central or high.</source>
            <translation>Nivel de rendimiento desconocido “{level}”: use bajo, central o alto (low, central o high).</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>This project has no custom parameter set yet: create one with Custom… in the VRAEM panel, or use 'vraem' or 'national'.</source>
            <translation>Este proyecto aún no tiene un conjunto de parámetros personalizado: cree uno con Personalizado… en el panel VRAEM, o use 'vraem' o 'national'.</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>Unknown parameter set '{key}'; use vraem, national or custom.</source>
            <translation>Conjunto de parámetros desconocido “{key}”; use vraem, national o custom.</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>The tonnes</source>
            <translation>Las toneladas</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>&lt;h3&gt;vraem_leaf_tonnes(area_ha, parameter_set, level)&lt;/h3&gt;Potential sun-dried coca leaf in tonnes per year for an area in hectares. parameter_set: 'vraem' (default), 'national' or 'custom'; level: 'low', 'central' (default) or 'high'. Potential and indicative.</source>
            <translation>&lt;h3&gt;vraem_leaf_tonnes(area_ha, parameter_set, level)&lt;/h3&gt;Hoja de coca secada al sol potencial, en toneladas por año, para un área en hectáreas. parameter_set: 'vraem' (predeterminado), 'national' o 'custom'; level: 'low' (bajo), 'central' (predeterminado) o 'high' (alto). Potencial e indicativo.</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>&lt;h3&gt;vraem_cocaine_tonnes(area_ha, parameter_set, level)&lt;/h3&gt;Potential cocaine hydrochloride in tonnes per year for an area in hectares. parameter_set: 'vraem' (default), 'national' or 'custom'; level: 'low' (lowest leaf yield ÷ highest kg leaf per kg HCl of the set), 'central' (default, the cited pair) or 'high' (highest yield ÷ lowest factor). Potential and indicative.</source>
            <translation>&lt;h3&gt;vraem_cocaine_tonnes(area_ha, parameter_set, level)&lt;/h3&gt;Clorhidrato de cocaína potencial, en toneladas por año, para un área en hectáreas. parameter_set: 'vraem' (predeterminado), 'national' o 'custom'; level: 'low' (menor rendimiento de hoja ÷ mayor kg de hoja por kg de HCl del conjunto), 'central' (predeterminado, el par citado) o 'high' (mayor rendimiento ÷ menor factor). Potencial e indicativo.</translation>
        </message>
        <message>
            <location filename="../plugin/expressions.py" />
            <source>&lt;h3&gt;vraem_implied_kg_per_ha(hectares, tonnes)&lt;/h3&gt;Kilograms of cocaine per hectare implied by a claim of tonnes over hectares; published ratios span about 3.7–9.8 kg/ha.</source>
            <translation>&lt;h3&gt;vraem_implied_kg_per_ha(hectares, tonnes)&lt;/h3&gt;Kilogramos de cocaína por hectárea implícitos en una cifra declarada de toneladas sobre hectáreas; los ratios publicados van de unos 3.7 a 9.8 kg/ha.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Custom yield parameters</source>
            <translation>Parámetros de rendimiento personalizados</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Where these figures come from</source>
            <translation>De dónde salen estas cifras</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Low leaf yield (kg/ha/yr)</source>
            <translation>Rendimiento de hoja bajo (kg/ha/año)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Central leaf yield (kg/ha/yr)</source>
            <translation>Rendimiento de hoja central (kg/ha/año)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>High leaf yield (kg/ha/yr)</source>
            <translation>Rendimiento de hoja alto (kg/ha/año)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Leaf per cocaine HCl (kg/kg)</source>
            <translation>Hoja por cocaína HCl (kg/kg)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Lowest leaf per cocaine HCl (kg/kg)</source>
            <translation>Menor hoja por cocaína HCl (kg/kg)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/custom_set_dialog.py" />
            <source>Highest leaf per cocaine HCl (kg/kg)</source>
            <translation>Mayor hoja por cocaína HCl (kg/kg)</translation>
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
            <translation>Estimación central con '{label}' ({leaf:,.0f} kg de hoja por ha al año). Detalles da el rango y las fuentes.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Leaf yield {low:,.0f}–{high:,.0f} kg per ha a year (central {central:,.0f}); {factor:,.0f} kg of leaf per kg of cocaine HCl. The table's Details names the sources.</source>
            <translation>Rendimiento de hoja {low:,.0f}–{high:,.0f} kg por ha al año (central {central:,.0f}); {factor:,.0f} kg de hoja por kg de cocaína HCl. Los Detalles de la tabla nombran las fuentes.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Parameter set: {label}</source>
            <translation>Conjunto de parámetros: {label}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Leaf yield (kg/ha/yr): low {low:,.0f}, central {central:,.0f}, high {high:,.0f}</source>
            <translation>Rendimiento de hoja (kg/ha/año): bajo {low:,.0f}, central {central:,.0f}, alto {high:,.0f}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Conversion: {factor:,.0f} kg leaf per kg cocaine HCl (range {low:,.0f}–{high:,.0f})</source>
            <translation>Conversión: {factor:,.0f} kg de hoja por kg de cocaína HCl (rango {low:,.0f}–{high:,.0f})</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Leaf (t/yr): {low:,.1f} – {high:,.1f}</source>
            <translation>Hoja (t/año): {low:,.1f} – {high:,.1f}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Cocaine HCl (t/yr): {low:,.2f} – {high:,.2f}</source>
            <translation>Cocaína HCl (t/año): {low:,.2f} – {high:,.2f}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <location filename="../plugin/gui/sections/areas.py" />
            <source>The range is bounded by:</source>
            <translation>El rango está acotado por:</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Sources:</source>
            <translation>Fuentes:</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Area measured on the {ellipsoid} ellipsoid.</source>
            <translation>Área medida sobre el elipsoide {ellipsoid}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Layer: {name}</source>
            <translation>Capa: {name}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Selected features only</source>
            <translation>Solo elementos seleccionados</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Areas measured on the {name} ellipsoid ({ellipsoid}), from the layer's coordinates in {crs}.</source>
            <translation>Áreas medidas sobre el elipsoide {name} ({ellipsoid}), a partir de las coordenadas de la capa en {crs}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>The table lists the {shown} largest of {n} features; the total counts all of them.</source>
            <translation>La tabla muestra los {shown} más grandes de {n} elementos; el total los cuenta a todos.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Feature id {fid}.</source>
            <translation>Elemento con id {fid}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Its geometry was invalid and was repaired before measuring; the layer is unchanged.</source>
            <translation>Su geometría no era válida y se reparó antes de medir; la capa no cambia.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>No geometry: counted with 0 ha.</source>
            <translation>Sin geometría: se cuenta con 0 ha.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Total ({n} feature)</source>
            <translation>Total ({n} elemento)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Total ({n} features)</source>
            <translation>Total ({n} elementos)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{estimator} ({year}): {kg:,.1f} kg of cocaine per ha. Details gives its basis and source.</source>
            <translation>{estimator} ({year}): {kg:,.1f} kg de cocaína por ha. Detalles da su base y su fuente.</translation>
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
            <translation>Fuente: {source}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Your claim: {kg:,.1f} kg of cocaine per ha, {verdict}.</source>
            <translation>Su cifra: {kg:,.1f} kg de cocaína por ha, {verdict}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>The claim</source>
            <translation>La cifra declarada</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Claim: {area} = {ha:,.0f} ha, {t:,.1f} t of cocaine</source>
            <translation>Cifra declarada: {area} = {ha:,.0f} ha, {t:,.1f} t de cocaína</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Implied: {kg:,.1f} kg/ha, {verdict} ({low:,.1f}–{high:,.1f} kg/ha)</source>
            <translation>Implícito: {kg:,.1f} kg/ha, {verdict} ({low:,.1f}–{high:,.1f} kg/ha)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Published ratios:</source>
            <translation>Relaciones publicadas:</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{t:,.1f} t/yr is {verdict}: {low:,.1f}–{high:,.1f} t/yr (central {central:,.1f}) for {ha:,.0f} ha with {label}.</source>
            <translation>{t:,.1f} t/año está {verdict}: {low:,.1f}–{high:,.1f} t/año (central {central:,.1f}) para {ha:,.0f} ha con {label}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{t:,.1f} t on {ha:,.0f} ha = {kg:,.1f} kg/ha: {verdict} ({low:,.1f}–{high:,.1f} kg/ha, i.e. {tlow:,.0f}–{thigh:,.0f} t).</source>
            <translation>{t:,.1f} t en {ha:,.0f} ha = {kg:,.1f} kg/ha: {verdict} ({low:,.1f}–{high:,.1f} kg/ha, es decir, {tlow:,.0f}–{thigh:,.0f} t).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Features of '{target}' within {distance} (true ground distance) of '{source}'.</source>
            <translation>Elementos de “{target}” a menos de {distance} (distancia real sobre el terreno) de “{source}”.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Buffers dissolved: overlaps counted once.</source>
            <translation>Áreas de influencia disueltas: cada superposición se cuenta una vez.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Buffers not dissolved; totals still count each overlap once.</source>
            <translation>Áreas de influencia sin disolver; aun así, los totales cuentan cada superposición una sola vez.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Measured on the {name} ellipsoid ({ellipsoid}), target CRS {crs}.</source>
            <translation>Medido sobre el elipsoide {name} ({ellipsoid}), SRC de destino {crs}.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Feature id {fid}, reached by {n} buffer around '{source}'.</source>
            <translation>Elemento con id {fid}, alcanzado por {n} área de influencia alrededor de '{source}'.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Feature id {fid}, reached by {n} buffers around '{source}'.</source>
            <translation>Elemento con id {fid}, alcanzado por {n} áreas de influencia alrededor de '{source}'.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>Within {distance} of '{source}', measured on the ground.</source>
            <translation>A menos de {distance} de '{source}', medido sobre el terreno.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{n} point</source>
            <translation>{n} punto</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{n} points</source>
            <translation>{n} puntos</translation>
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
            <translation>{figure} de “{target}” a menos de {distance} de “{source}” ({n} elemento alcanzado).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>{figure} of '{target}' within {distance} of '{source}' ({n} features touched).</source>
            <translation>{figure} de “{target}” a menos de {distance} de “{source}” ({n} elementos alcanzados).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/figures.py" />
            <source>The overlap layer could not be written.</source>
            <translation>No se pudo escribir la capa de superposición.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>Defaults of a new project's VRAEM Analyst panel:</source>
            <translation>Valores iniciales del panel VRAEM Analyst en un proyecto nuevo:</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>Buffer distance</source>
            <translation>Distancia del búfer</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Distance unit</source>
            <translation>Unidad de distancia</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>Export resolution (dpi)</source>
            <translation>Resolución de exportación (ppp)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>A JSON list of sources: id, name, url, sha256, licence, attribution</source>
            <translation>Una lista JSON de fuentes: id, name, url, sha256, licence, attribution</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>District download sources</source>
            <translation>Fuentes de descarga de distritos</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>Restore the default sources</source>
            <translation>Restaurar las fuentes predeterminadas</translation>
        </message>
        <message>
            <location filename="../plugin/gui/options.py" />
            <source>The sources are not a valid JSON list; they were not changed.</source>
            <translation>Las fuentes no son una lista JSON válida; no se cambiaron.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Time (UTC)</source>
            <translation>Hora (UTC)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>In the zone</source>
            <translation>En la zona</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Share of the aircraft's range</source>
            <translation>Parte de la autonomía de la aeronave</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Nearest base at entry</source>
            <translation>Base más cercana al ingreso</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>After entry</source>
            <translation>Tras el ingreso</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>track</source>
            <translation>traza</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>zone entry</source>
            <translation>ingreso a la zona</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>zone exit</source>
            <translation>salida de la zona</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>ground stop</source>
            <translation>parada en tierra</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>border crossing</source>
            <translation>cruce de frontera</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>suspect fix</source>
            <translation>posición sospechosa</translation>
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
            <translation>Posiciones</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Time field</source>
            <translation>Campo de hora</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Track field (optional)</source>
            <translation>Campo de traza (opcional)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Aircraft profile</source>
            <translation>Perfil de aeronave</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Empty: the bundled aerodromes of Pichari, Palmapampa and Mazamari.</source>
            <translation>Vacío: los aeródromos incluidos de Pichari, Palmapampa y Mazamari.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Interceptor bases</source>
            <translation>Bases de interceptores</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Your interceptor's cruise speed in knots. Interception radii are not published, so there is no default.</source>
            <translation>Velocidad de crucero de su interceptor, en nudos. Los radios de interceptación no se publican, así que no hay valor por defecto.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Interceptor speed (kt)</source>
            <translation>Velocidad del interceptor (kt)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Minutes from the alert (the aircraft enters the zone) to take-off. Not published, so there is no default.</source>
            <translation>Minutos desde la alerta (la aeronave entra en la zona) hasta el despegue. No se publica, así que no hay valor por defecto.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Reaction time (min)</source>
            <translation>Tiempo de reacción (min)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Rings around each base at these minutes after the alert, e.g. 15, 30, 60.</source>
            <translation>Anillos alrededor de cada base a estos minutos tras la alerta, p. ej. 15, 30, 60.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Rings at (min after the alert)</source>
            <translation>Anillos a (min tras la alerta)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>not set</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>The air picture's layers on the map are from an earlier run; press Run to show their table.</source>
            <translation>Las capas del panorama aéreo en el mapa son de una ejecución anterior; pulse Ejecutar para ver su tabla.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>The interceptor's speed</source>
            <translation>La velocidad del interceptor</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>The reaction time</source>
            <translation>El tiempo de reacción</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Choose the layer of position fixes and its time field.</source>
            <translation>Elija la capa de posiciones y su campo de hora.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>There are no bases to fly from.</source>
            <translation>No hay bases desde las cuales volar.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>VRAEM air picture</source>
            <translation>Panorama aéreo del VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Reading the tracks of '{name}'…</source>
            <translation>Leyendo las trazas de '{name}'…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>The air picture could not be computed.</source>
            <translation>No se pudo calcular el panorama aéreo.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>{tracks} track, {inside} in the zone ({minutes:.0f} min in all).</source>
            <translation>{tracks} traza, {inside} en la zona ({minutes:.0f} min en total).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>{tracks} tracks, {inside} in the zone ({minutes:.0f} min in all).</source>
            <translation>{tracks} trazas, {inside} en la zona ({minutes:.0f} min en total).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Range share for the {aircraft}; double-click a row to zoom.</source>
            <translation>Parte de la autonomía para el {aircraft}; haga doble clic en una fila para acercar.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Interception reach: give your interceptor's speed and reaction time (they are not published, so there is no default).</source>
            <translation>Alcance de interceptación: indique la velocidad y el tiempo de reacción de su interceptor (no se publican, así que no hay valores por defecto).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/air.py" />
            <source>Interception at {speed:g} kt, taking off {reaction:g} min after the alert: {reached} of {inside} tracks in the zone reachable before they leave it.</source>
            <translation>Interceptación a {speed:g} kt, con despegue {reaction:g} min después de la alerta: {reached} de {inside} trazas en la zona alcanzables antes de que salgan de ella.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Areas &amp;&amp; yield</source>
            <translation>Áreas y rendimiento</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Polygon layer</source>
            <translation>Capa de polígonos</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <location filename="../plugin/gui/sections/export.py" />
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Label field</source>
            <translation>Campo de etiqueta</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Custom…</source>
            <translation>Personalizado…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Define your own yield parameters (saved in the project)</source>
            <translation>Defina sus propios parámetros de rendimiento (se guardan en el proyecto)</translation>
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
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>No yield (areas only)</source>
            <translation>Sin rendimiento (solo áreas)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Choose a polygon layer.</source>
            <translation>Elija una capa de polígonos.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>No feature is selected in '{name}'.</source>
            <translation>No hay ningún elemento seleccionado en “{name}”.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>VRAEM areas of {name}</source>
            <translation>Áreas VRAEM de {name}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Computing areas of '{name}'…</source>
            <translation>Calculando las áreas de “{name}”…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Cancelled; no figures are shown.</source>
            <translation>Cancelado; no se muestran cifras.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>The areas could not be computed.</source>
            <translation>No se pudieron calcular las áreas.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>{n} features, {ha:,.2f} ha ({km2:,.4f} km²)</source>
            <translation>{n} elementos, {ha:,.2f} ha ({km2:,.4f} km²)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <source>Potential cocaine HCl: {low:,.2f}–{high:,.2f} t/yr (central {central:,.2f}); indicative</source>
            <translation>Cocaína HCl potencial: {low:,.2f}–{high:,.2f} t/año (central {central:,.2f}); indicativa</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/areas.py" />
            <location filename="../plugin/gui/sections/trends.py" />
            <source>Areas &amp; yield</source>
            <translation>Áreas y rendimiento</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>The table of the earlier run could not be recomputed; its layers on the map are unchanged.</source>
            <translation>No se pudo volver a calcular la tabla de la ejecución anterior; sus capas en el mapa no cambiaron.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>Cancelled; nothing was added to the project.</source>
            <translation>Cancelado; no se agregó nada al proyecto.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>A layer was removed during the run; nothing was added.</source>
            <translation>Se eliminó una capa durante la ejecución; no se agregó nada.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>Recomputing the table of the earlier run…</source>
            <translation>Volviendo a calcular la tabla de la ejecución anterior…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>The table of the earlier run could not be recomputed: {error} Its layers on the map are unchanged.</source>
            <translation>No se pudo volver a calcular la tabla de la ejecución anterior: {error} Sus capas en el mapa no cambiaron.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/base.py" />
            <source>The layer of these results was removed.</source>
            <translation>Se eliminó la capa de estos resultados.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <location filename="../plugin/gui/sections/trends.py" />
            <source>Claim check</source>
            <translation>Verificar una cifra publicada</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Claim</source>
            <translation>Cifra</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Year of the published coca area (bundled series, with its source)</source>
            <translation>Año del área de coca publicada (serie incluida, con su fuente)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Use result</source>
            <translation>Usar resultado</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/claim.py" />
            <source>Take the area from the Areas &amp; yield result</source>
            <translation>Tomar el área del resultado de Áreas y rendimiento</translation>
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
            <translation>Calcule primero un área (Áreas y rendimiento).</translation>
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
            <translation>Su nombre o unidad (opcional)</translation>
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
            <translation>ppp</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>One page per feature (atlas)</source>
            <translation>Una página por elemento (atlas)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>One page per feature of a polygon layer (plan sectors, districts), named after the chosen field. As PNG, one numbered image per page.</source>
            <translation>Una página por elemento de una capa de polígonos (sectores del plan, distritos), con el nombre del campo elegido. En PNG, una imagen numerada por página.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>The eradication plan or a district layer: one page per feature</source>
            <translation>El plan de erradicación o una capa de distritos: una página por elemento</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Atlas layer</source>
            <translation>Capa del atlas</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>The field that names each page (its subtitle and order)</source>
            <translation>El campo que da nombre a cada página (su subtítulo y su orden)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Page name</source>
            <translation>Nombre de página</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Create layout</source>
            <translation>Crear diseño</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Build the VRAEM print layout and open it in the layout designer</source>
            <translation>Crear el diseño de impresión del VRAEM y abrirlo en el diseñador de impresión</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Figures as CSV…</source>
            <translation>Cifras en CSV…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Copy figures</source>
            <translation>Copiar cifras</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Copy every result table to the clipboard (tab-separated)</source>
            <translation>Copiar todas las tablas de resultados al portapapeles (separadas por tabulaciones)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Layer</source>
            <translation>Capa</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Parameter set source</source>
            <translation>Fuente del conjunto de parámetros</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Zone used</source>
            <translation>Zona usada</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>VRAEM Analyst version</source>
            <translation>Versión de VRAEM Analyst</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>There are no figures to copy yet.</source>
            <translation>Todavía no hay cifras para copiar.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Figures copied to the clipboard.</source>
            <translation>Cifras copiadas al portapapeles.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>There are no figures to export yet.</source>
            <translation>Todavía no hay cifras para exportar.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Figures saved to {path}</source>
            <translation>Cifras guardadas en {path}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Save figures as CSV</source>
            <translation>Guardar las cifras como CSV</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Choose the polygon layer whose features make the atlas pages.</source>
            <translation>Elija la capa de polígonos cuyos elementos forman las páginas del atlas.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Within {distance} of {layer}</source>
            <translation>A menos de {distance} de {layer}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Layout '{name}' created.</source>
            <translation>Diseño “{name}” creado.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Export cancelled; no file was written.</source>
            <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Exported {n} atlas pages as images: {first} … {last}</source>
            <translation>Se exportaron {n} páginas del atlas como imágenes: {first} … {last}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Exported {n} atlas pages to {path}</source>
            <translation>Se exportaron {n} páginas del atlas a {path}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Exported to {path}</source>
            <translation>Exportado a {path}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Exporting the layout…</source>
            <translation>Exportando el diseño…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/export.py" />
            <source>Export layout</source>
            <translation>Exportar diseño</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Layers</source>
            <translation>Capas</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <location filename="../plugin/main.py" />
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>Add VRAEM layers</source>
            <translation>Agregar capas del VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Zone, districts, towns and border crossings, with their sources</source>
            <translation>Zona, distritos, centros poblados y pasos de frontera, con sus fuentes</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Build zone…</source>
            <translation>Construir zona…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Build the VRAEM zone from a district boundary layer</source>
            <translation>Construir la zona del VRAEM a partir de una capa de límites distritales</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Download districts…</source>
            <translation>Descargar distritos…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Download district boundaries and build the zone from them</source>
            <translation>Descargar los límites distritales y construir la zona a partir de ellos</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>New plan…</source>
            <translation>Nuevo plan…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Create an empty eradication plan layer</source>
            <translation>Crear una capa vacía de plan de erradicación</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Load plan…</source>
            <translation>Cargar plan…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Import an eradication plan (GeoPackage, Shapefile, GeoJSON, KML, CSV with WKT); fields are matched to the plan schema by name</source>
            <translation>Importar un plan de erradicación (GeoPackage, Shapefile, GeoJSON, KML, CSV con WKT); los campos se asignan al esquema del plan por su nombre</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>{n} VRAEM layers added.</source>
            <translation>Se agregaron {n} capas del VRAEM.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Add a district boundary layer (polygons) first, or download one.</source>
            <translation>Primero agregue una capa de límites distritales (polígonos) o descargue una.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Build zone</source>
            <translation>Construir zona</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>District boundary layer</source>
            <translation>Capa de límites distritales</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>VRAEM zone from {name}</source>
            <translation>Zona del VRAEM a partir de {name}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Download districts</source>
            <translation>Descargar distritos</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>{name} — licence: {licence}</source>
            <translation>{name} — licencia: {licence}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>{name}: licence {licence}; attribution: {attribution}</source>
            <translation>{name}: licencia {licence}; atribución: {attribution}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Downloading {name}</source>
            <translation>Descargando {name}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>The zone could not be built.</source>
            <translation>No se pudo construir la zona.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Zone built: {ha:,.0f} ha ({coverage}).</source>
            <translation>Zona construida: {ha:,.0f} ha ({coverage}).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>New eradication plan</source>
            <translation>Nuevo plan de erradicación</translation>
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
            <translation>Plan nuevo creado: {path}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Load eradication plan</source>
            <translation>Cargar plan de erradicación</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Vector files (*.gpkg *.shp *.geojson *.json *.kml *.csv)</source>
            <translation>Archivos vectoriales (*.gpkg *.shp *.geojson *.json *.kml *.csv)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/layers.py" />
            <source>Plan loaded: {n} features.</source>
            <translation>Plan cargado: {n} elementos.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Buffer overlaps</source>
            <translation>Superposición con áreas de influencia</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Buffer around</source>
            <translation>Área de influencia de</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Ground distance</source>
            <translation>Distancia sobre el terreno</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Overlapping layer</source>
            <translation>Capa superpuesta</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Dissolve buffers (count each overlap once)</source>
            <translation>Disolver (sin contar dos veces)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>The overlap layer on the map is from an earlier run; press Run to show its table.</source>
            <translation>La capa de superposición en el mapa es de una ejecución anterior; pulse Ejecutar para ver su tabla.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Choose the layer to buffer and the overlapping layer.</source>
            <translation>Elija la capa para el área de influencia y la capa superpuesta.</translation>
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
            <translation>Superposición VRAEM con áreas de influencia</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>Buffering '{source}' by {distance}…</source>
            <translation>Generando el área de influencia de “{source}” a {distance}…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/overlaps.py" />
            <source>The overlap could not be computed.</source>
            <translation>No se pudo calcular la superposición.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/sections/trends.py" />
            <source>Trends</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <location filename="../plugin/gui/tasks.py" />
            <source>Unexpected error: {error}</source>
            <translation>Error inesperado: {error}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Details…</source>
            <translation>Detalles…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Where these figures come from: sources, parameters, how they were measured</source>
            <translation>De dónde salen estas cifras: fuentes, parámetros, cómo se midieron</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Open in a window</source>
            <translation>Abrir en una ventana</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Show this table in a window of its own, as large as you like</source>
            <translation>Mostrar esta tabla en una ventana propia, del tamaño que quiera</translation>
        </message>
        <message>
            <location filename="../plugin/gui/widgets.py" />
            <source>Details: {section}</source>
            <translation>Detalles: {section}</translation>
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
            <translation>El campo que nombra cada elemento en la tabla, su CSV y su copia</translation>
        </message>
        <message>
            <location filename="../plugin/main.py" />
            <source>&amp;VRAEM Analyst</source>
            <translation>&amp;VRAEM Analyst</translation>
        </message>
        <message>
            <location filename="../plugin/main.py" />
            <source>VRAEM Analyst panel</source>
            <translation>Panel de VRAEM Analyst</translation>
        </message>
        <message>
            <location filename="../plugin/main.py" />
            <source>VRAEM Analyst help</source>
            <translation>Ayuda de VRAEM Analyst</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Border reach from airstrips</source>
            <translation>Alcance de fronteras desde pistas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>For each airstrip and each neighbour of Peru (Bolivia, Brazil, Colombia, Ecuador, Chile, from QGIS's world map): the shortest geodesic distance on WGS84 to that country's territory, the minutes at the profile's cruise speed, and whether the usable range (range × (1 − reserve)) covers it.

Airstrips: any point layer; by default the bundled aerodromes inside the approximate zone (OurAirports: registered aerodromes, not clandestine strips).
Aircraft profile: Cessna 206, Cessna 210, Piper Seneca (cruise speed and range from secondary sources, each with its source) or the custom profile saved in the project.
Fuel reserve: the share of the range kept in reserve (default 10 %).

Outputs: one point per airstrip and neighbour, and the range rings: polygons whose vertices are at the usable range as true ground distance from each airstrip.</source>
            <translation>Para cada pista y cada vecino del Perú (Bolivia, Brasil, Colombia, Ecuador, Chile, del mapa mundial de QGIS): la distancia geodésica más corta sobre WGS84 al territorio de ese país, los minutos a la velocidad de crucero del perfil y si el alcance utilizable (alcance × (1 − reserva)) la cubre.

Pistas: cualquier capa de puntos; por defecto los aeródromos incluidos dentro de la zona aproximada (OurAirports: aeródromos registrados, no pistas clandestinas).
Perfil de aeronave: Cessna 206, Cessna 210, Piper Seneca (velocidad de crucero y alcance de fuentes secundarias, cada uno con su fuente) o el perfil personalizado guardado en el proyecto.
Reserva de combustible: la parte del alcance que se guarda en reserva (por defecto 10 %).

Salidas: un punto por pista y vecino, y los anillos de alcance: polígonos cuyos vértices están al alcance utilizable como distancia real sobre el terreno desde cada pista.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Airstrips (default: the bundled aerodromes inside the zone)</source>
            <translation>Pistas (por defecto: los aeródromos incluidos dentro de la zona)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Aircraft profile (c206, c210, pa34 or custom)</source>
            <translation>Perfil de aeronave (c206, c210, pa34 o custom)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Fuel reserve (% of the range)</source>
            <translation>Reserva de combustible (% del alcance)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Border reach</source>
            <translation>Alcance de fronteras</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Range rings</source>
            <translation>Anillos de alcance</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Airstrips</source>
            <translation>Pistas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Airstrip–neighbour pairs within range</source>
            <translation>Pares pista–vecino al alcance</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>There are no airstrips to measure from.</source>
            <translation>No hay pistas desde las cuales medir.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/border_reach.py" />
            <source>Profile {label}: cruise {kt:g} kt, range {km:,.0f} km, usable {usable:,.0f} km ({source}).</source>
            <translation>Perfil {label}: crucero {kt:g} kt, alcance {km:,.0f} km, utilizable {usable:,.0f} km ({source}).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Time field (date-time, ISO 8601 text or epoch seconds)</source>
            <translation>Campo de tiempo (fecha y hora, texto ISO 8601 o segundos epoch)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Track field (fixes grouped into tracks)</source>
            <translation>Campo de traza (agrupa las posiciones en trazas)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Zone (default: the project's zone, else the bundled approximate zone)</source>
            <translation>Zona (por defecto: la zona del proyecto; si no, la zona aproximada incluida)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Suspect fix above (knots, faster than any light aircraft)</source>
            <translation>Posición sospechosa por encima de (nudos, más rápido que cualquier avioneta)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Ground stop: at least (minutes)</source>
            <translation>Parada en tierra: al menos (minutos)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Ground stop: within (metres)</source>
            <translation>Parada en tierra: dentro de (metros)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>Aerodromes (default: the bundled aerodromes)</source>
            <translation>Aeródromos (por defecto: los aeródromos incluidos)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>{tracks} track from {fixes} fixes.</source>
            <translation>{tracks} traza a partir de {fixes} posiciones.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/common.py" />
            <source>{tracks} tracks from {fixes} fixes.</source>
            <translation>{tracks} trazas a partir de {fixes} posiciones.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Flight tracks of {name}</source>
            <translation>Trazas de vuelo de {name}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Flight events of {name}</source>
            <translation>Eventos de vuelo de {name}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Flight tracks against the zone</source>
            <translation>Trazas de vuelo frente a la zona</translation>
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
            <translation>Convierte posiciones (puntos de traza GPX, KML, CSV lat/lon, cualquier capa de puntos) en trazas de vuelo y las mide frente a la zona de exclusión aérea.

Campo de tiempo: un campo de fecha y hora, texto ISO 8601 (p. ej. 2024-05-01T06:30:00Z; sin desfase se toma como UTC) o segundos epoch. Campo de traza: opcional; las posiciones con el mismo valor forman una traza, ordenada por tiempo.
Zona: por defecto la zona del proyecto; si no, la zona aproximada incluida.
Parada en tierra: la aeronave permanece dentro del radio de una posición al menos los minutos indicados; se nombra el aeródromo más cercano.
Posición sospechosa: una posición alcanzada a mayor velocidad que esta desde la posición plausible anterior se deja fuera y se lista como evento suspect_fix (el valor por defecto, 300 kt, está muy por encima del crucero de las avionetas de los vuelos de la droga, 142–165 kt; es un límite de plausibilidad, no una cifra publicada).

Los segmentos entre posiciones son geodésicas sobre WGS84. Los puntos de entrada y salida están donde un segmento cruza el límite de la zona; sus horas se interpolan a lo largo del segmento según la distancia. Las posiciones fuera de orden se ordenan, los tiempos repetidos se dejan fuera y se cuentan, y las trazas con una sola posición o que cruzan el antimeridiano se omiten con un mensaje. Los cruces de frontera son hacia Bolivia, Brasil, Colombia, Ecuador o Chile (mapa mundial de QGIS).

Salidas: las trazas (líneas) con horas, minutos y km en la zona, entradas, paradas, velocidad máxima y el primer vecino al que entran; los eventos (puntos: zone_entry, zone_exit, stop, border_crossing, suspect_fix). La entrada solo se lee.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Flight tracks</source>
            <translation>Trazas de vuelo</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Flight events</source>
            <translation>Eventos de vuelo</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Tracks</source>
            <translation>Trazas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Tracks in the zone</source>
            <translation>Trazas en la zona</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Minutes in the zone, all tracks</source>
            <translation>Minutos en la zona, todas las trazas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Suspect fixes left out</source>
            <translation>Posiciones sospechosas dejadas fuera</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Fixes with a repeated time left out</source>
            <translation>Posiciones con tiempo repetido dejadas fuera</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/flight_tracks.py" />
            <source>Tracks skipped</source>
            <translation>Trazas omitidas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>No ring for {minutes:g} min: the interceptor is still on the ground (reaction {reaction:g} min).</source>
            <translation>Sin anillo para {minutes:g} min: el interceptor sigue en tierra (reacción {reaction:g} min).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Interception reach at {speed:g} kt, {reaction:g} min reaction</source>
            <translation>Alcance de interceptación a {speed:g} kt, reacción de {reaction:g} min</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>{minutes:g} min after the alert</source>
            <translation>{minutes:g} min tras la alerta</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Interception reach from bases</source>
            <translation>Alcance de interceptación desde bases</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Where interceptors from the bases can be within given minutes of an alert, and, for flight tracks, the earliest time one could reach each aircraft after it entered the zone.

Bases: any point layer; by default the bundled aerodromes of Pichari, Palmapampa and Mazamari.
Interceptor speed (knots) and Reaction time (minutes from the alert to take-off): interception radii are not published, so these are yours to give; there is no default.
Minutes: a list such as 15, 30, 60; one ring per base and value, at the ground distance flown in that time after take-off (geodesic on WGS84).
Tracks: optional position fixes with their time and track fields (as in Flight tracks against the zone). The alert is the track's first entry into the zone; an interceptor leaves every base after the reaction time and flies the geodesic at its speed; the earliest meeting over all bases is given, with whether it comes before the aircraft leaves the zone.</source>
            <translation>Hasta dónde pueden llegar los interceptores desde las bases en los minutos indicados tras una alerta y, para trazas de vuelo, la hora más temprana en que uno podría alcanzar cada aeronave después de que entró en la zona.

Bases: cualquier capa de puntos; por defecto los aeródromos incluidos de Pichari, Palmapampa y Mazamari.
Velocidad del interceptor (nudos) y Tiempo de reacción (minutos desde la alerta hasta el despegue): los radios de interceptación no se publican, así que usted los indica; no hay valor por defecto.
Minutos: una lista como 15, 30, 60; un anillo por base y valor, a la distancia sobre el terreno volada en ese tiempo después del despegue (geodésica sobre WGS84).
Trazas: posiciones opcionales con sus campos de tiempo y de traza (como en Trazas de vuelo frente a la zona). La alerta es la primera entrada de la traza en la zona; un interceptor sale de cada base tras el tiempo de reacción y vuela la geodésica a su velocidad; se da el encuentro más temprano entre todas las bases e indica si ocurre antes de que la aeronave salga de la zona.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Bases (default: Pichari, Palmapampa and Mazamari aerodromes)</source>
            <translation>Bases (por defecto: aeródromos de Pichari, Palmapampa y Mazamari)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Interceptor speed (knots)</source>
            <translation>Velocidad del interceptor (nudos)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Reaction time (minutes)</source>
            <translation>Tiempo de reacción (minutos)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Minutes after the alert (list)</source>
            <translation>Minutos tras la alerta (lista)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Flight tracks (position fixes)</source>
            <translation>Trazas de vuelo (posiciones)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Interception rings</source>
            <translation>Anillos de interceptación</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Earliest interceptions</source>
            <translation>Interceptaciones más tempranas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/air/intercept_reach.py" />
            <source>Tracks reachable before they leave the zone</source>
            <translation>Trazas alcanzables antes de salir de la zona</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Areas and potential yield</source>
            <translation>Áreas y rendimiento potencial</translation>
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
            <translation>Mide los polígonos de una capa sobre el elipsoide (el del proyecto, o WGS84 si no tiene), cualquiera que sea su SRC, y estima la producción potencial de hoja de coca y de cocaína HCl.

Polígonos de entrada: los cultivos o parcelas que se miden (solo los elementos seleccionados si se marca esa casilla).
Zona: capa de polígonos opcional; también se mide la parte de cada elemento que queda dentro de ella.
Distritos y Campo de nombre del distrito: opcionales; las áreas se dividen por distrito.
Agrupar por campo: opcional (por ejemplo plan_year, status); totales por valor.
Parámetros de rendimiento: rendimientos de hoja del VRAEM o nacionales con sus fuentes, o el conjunto personalizado guardado en el proyecto. Cocaína baja = menor rendimiento de hoja publicado ÷ mayor kg de hoja por kg de HCl, alta = mayor rendimiento ÷ menor factor, central = el par central citado; el registro, la tabla de resumen y RANGE_BASIS nombran las fuentes que acotan el rango.

Salidas: los elementos de entrada con sus atributos, seguidos del área en ha y km², el área dentro de la zona, el grupo, el distrito y las toneladas anuales potenciales de hoja y de HCl (nombres de campo de 10 caracteres como máximo, para que un Shapefile los conserve), una tabla de resumen (total, dentro de la zona, por grupo, por distrito) y los totales como números. Las geometrías no válidas se reparan y se cuentan; los elementos sin geometría se cuentan con 0 ha. Los resultados son potenciales e indicativos.

Se puede omitir la tabla por elemento: sin zona, distritos ni agrupación, una capa GeoPackage, Shapefile, GeoJSON o FlatGeobuf se lee entonces directamente de su archivo, varias veces más rápido en capas de escala nacional.</translation>
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
            <translation>Campo de nombre del distrito</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Group by field</source>
            <translation>Agrupar por campo</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Yield parameters</source>
            <translation>Parámetros de rendimiento</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Areas per feature</source>
            <translation>Áreas por elemento</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Area and yield summary</source>
            <translation>Resumen de áreas y rendimiento</translation>
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
            <translation>Área dentro de la zona (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential leaf, low (t/yr)</source>
            <translation>Hoja potencial, baja (t/año)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential leaf, central (t/yr)</source>
            <translation>Hoja potencial, central (t/año)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential leaf, high (t/yr)</source>
            <translation>Hoja potencial, alta (t/año)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential cocaine HCl, low (t/yr)</source>
            <translation>Cocaína HCl potencial, baja (t/año)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential cocaine HCl, central (t/yr)</source>
            <translation>Cocaína HCl potencial, central (t/año)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential cocaine HCl, high (t/yr)</source>
            <translation>Cocaína HCl potencial, alta (t/año)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Features measured</source>
            <translation>Elementos medidos</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Geometries repaired</source>
            <translation>Geometrías reparadas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Features without geometry</source>
            <translation>Elementos sin geometría</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>What bounds the low–high range</source>
            <translation>Qué acota el rango bajo–alto</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Measured on ellipsoid {ellipsoid}; {n} features, {ha:,.2f} ha.</source>
            <translation>Medido sobre el elipsoide {ellipsoid}; {n} elementos, {ha:,.2f} ha.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>Potential cocaine HCl {low:,.2f}–{high:,.2f} t/yr (central {central:,.2f}) with {label}:</source>
            <translation>Cocaína HCl potencial {low:,.2f}–{high:,.2f} t/año (central {central:,.2f}) con {label}:</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>all features</source>
            <translation>todos los elementos</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>zone</source>
            <translation>zona</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/area_yield.py" />
            <source>inside the zone</source>
            <translation>dentro de la zona</translation>
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
            <translation>Genera áreas de influencia alrededor de los elementos de una capa de origen (puntos, líneas o polígonos) a una distancia real sobre el terreno y mide lo que se superponen con una capa de destino.

Origen: los elementos alrededor de los cuales se genera el área de influencia (por ejemplo centros poblados, pasos de frontera, carreteras).
Distancia y Unidad de distancia: distancia sobre el terreno en metros o kilómetros, cualquiera que sea el SRC de las capas (círculos geodésicos sobre el elipsoide WGS84, correctos en las zonas UTM 17S, 18S y 19S).
Destino: polígonos (área y % de cada elemento dentro), puntos (cantidad dentro) o líneas (longitud dentro).
Disolver las áreas de influencia: una pieza de superposición por elemento de destino en lugar de una por destino y área de influencia. Los totales nunca cuentan dos veces una superposición, se disuelva o no.

Salidas: las geometrías de superposición (SRC de destino) con sus cifras, los elementos de destino alcanzados con sus atributos y su geometría seguidos de sus cifras de superposición (nombres de campo de 10 caracteres como máximo), una tabla por área de influencia de origen y los totales como números. Las áreas son elipsoidales, en ha.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Source (features to buffer)</source>
            <translation>Origen (elementos para el área de influencia)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Target (features to measure)</source>
            <translation>Destino (elementos que se miden)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Dissolve buffers</source>
            <translation>Disolver las áreas de influencia</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Overlaps</source>
            <translation>Superposiciones</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Overlap per target feature</source>
            <translation>Superposición por elemento de destino</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Overlap per source buffer</source>
            <translation>Superposición por área de influencia de origen</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Total area inside the buffers (ha)</source>
            <translation>Área total dentro de las áreas de influencia (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Points inside the buffers</source>
            <translation>Puntos dentro de las áreas de influencia</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Length inside the buffers (km)</source>
            <translation>Longitud dentro de las áreas de influencia (km)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Target features touched</source>
            <translation>Elementos de destino alcanzados</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>Area of the buffers, dissolved (ha)</source>
            <translation>Área de las áreas de influencia, disueltas (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>{n} target feature touched by buffers of {m:,.0f} m.</source>
            <translation>{n} elemento de destino alcanzado por áreas de influencia de {m:,.0f} m.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/buffer_overlap.py" />
            <source>{n} target features touched by buffers of {m:,.0f} m.</source>
            <translation>{n} elementos de destino alcanzados por áreas de influencia de {m:,.0f} m.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Check a cocaine claim</source>
            <translation>Verificar una cifra de cocaína</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Checks a claim such as "100 square miles eradicated, 300 tons of cocaine avoided" or "over 150 tonnes of cocaine are smuggled out each year".

Claim kind: [0] tonnes for the area given (Area and Area unit); [1] or [2] tonnes for Peru's or the VRAEM's published coca area of Year; [3] or [4] tonnes per year, also compared with the potential production of Peru's (national yields) or the VRAEM's (VRAEM yields) published coca area of Year, low to high.
Year: the year of the published coca-area series (bundled, with its source); a year without a published figure is refused with the nearest years that have one.
Area and Area unit: the claimed area (hectares, square kilometres, square miles or acres), for kind [0].
Claimed cocaine: tonnes of cocaine HCl claimed (more than 0).

The claim's implied kg of cocaine per hectare is compared with every published ratio bundled with the plugin (UNODC, US government ONDCP, Peruvian government), giving the tonnes each reference would give for the same area, and a verdict: above every published ratio, within the published range, or below every published ratio. A ratio equal to the fixed factor CORAH applies since 2023 is flagged: computed with a fixed factor, not an independent estimate.</source>
            <translation>Verifica una cifra declarada como “100 millas cuadradas erradicadas, 300 toneladas de cocaína evitadas” o “más de 150 toneladas de cocaína salen del país cada año”.

Tipo de cifra: [0] toneladas para el área indicada (Área y Unidad de área); [1] o [2] toneladas para el área de coca publicada del Perú o del VRAEM en Año; [3] o [4] toneladas por año, comparadas además con la producción potencial, de baja a alta, del área de coca publicada del Perú (rendimientos nacionales) o del VRAEM (rendimientos del VRAEM) en Año.
Año: el año de la serie publicada de áreas de coca (incluida, con su fuente); un año sin cifra publicada se rechaza indicando los años más cercanos que la tienen.
Área y Unidad de área: el área declarada (hectáreas, kilómetros cuadrados, millas cuadradas o acres), para el tipo [0].
Cocaína declarada: toneladas de cocaína HCl declaradas (más de 0).

Los kg de cocaína por hectárea implícitos en la cifra se comparan con cada ratio publicado que trae el complemento (UNODC, gobierno de EE. UU. ONDCP, gobierno peruano); se indican las toneladas que daría cada referencia para la misma área y un veredicto: por encima de todos los ratios publicados, dentro del rango publicado o por debajo de todos los ratios publicados. Un ratio igual al factor fijo que aplica CORAH desde 2023 se señala: calculado con un factor fijo, no una estimación independiente.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Claim kind</source>
            <translation>Tipo de cifra</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Year of the published coca area</source>
            <translation>Año del área de coca publicada</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Area unit</source>
            <translation>Unidad de área</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Claimed cocaine (tonnes)</source>
            <translation>Cocaína declarada (toneladas)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Comparison with published ratios</source>
            <translation>Comparación con los ratios publicados</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Claimed area (ha)</source>
            <translation>Área declarada (ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Source of the published area</source>
            <translation>Fuente del área publicada</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Implied kg of cocaine per ha</source>
            <translation>Kg de cocaína por ha implícitos</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Lowest published ratio (kg/ha)</source>
            <translation>Ratio publicado más bajo (kg/ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Highest published ratio (kg/ha)</source>
            <translation>Ratio publicado más alto (kg/ha)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Verdict code (above/within/below)</source>
            <translation>Código del veredicto (above/within/below: por encima/dentro/por debajo)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Fixed factor the claim equals (empty: none)</source>
            <translation>Factor fijo al que equivale la cifra (vacío: ninguno)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Potential production, low (t/yr)</source>
            <translation>Producción potencial, baja (t/año)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Potential production, central (t/yr)</source>
            <translation>Producción potencial, central (t/año)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Potential production, high (t/yr)</source>
            <translation>Producción potencial, alta (t/año)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Verdict against the potential production</source>
            <translation>Veredicto frente a la producción potencial</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Production verdict code (above/within/below)</source>
            <translation>Código del veredicto de producción (above/within/below)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Give the claimed area (AREA) for this claim kind.</source>
            <translation>Indique el área declarada (AREA) para este tipo de cifra.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>Give the year (YEAR) of the published coca area.</source>
            <translation>Indique el año (YEAR) del área de coca publicada.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>{ha:,.0f} ha and {t:,.1f} t imply {kg:.1f} kg/ha: {verdict}.</source>
            <translation>{ha:,.0f} ha y {t:,.1f} t implican {kg:.1f} kg/ha: {verdict}.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/claim_check.py" />
            <source>{t:,.1f} t/yr is {verdict} of {ha:,.0f} ha: {low:,.1f}–{high:,.1f} t/yr (central {central:,.1f}) with {label}.</source>
            <translation>{t:,.1f} t/año está {verdict} de {ha:,.0f} ha: {low:,.1f}–{high:,.1f} t/año (central {central:,.1f}) con {label}.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/analysis/common.py" />
            <source>Analysis</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <location filename="../plugin/processing/base.py" />
            <source>{parameter}: 'Selected features only' is ticked but no feature is selected.</source>
            <translation>{parameter}: 'Solo entidades seleccionadas' está marcado, pero no hay ninguna entidad seleccionada.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/checks.py" />
            <source>{parameter}: the file {path} does not exist.</source>
            <translation>{parameter}: el archivo {path} no existe.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/checks.py" />
            <source>{parameter}: the file {path} cannot be read ({error}).</source>
            <translation>{parameter}: no se puede leer el archivo {path} ({error}).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/checks.py" />
            <source>{parameter}: {path} is not a readable vector layer (corrupt, not a GIS file, or without the layer named after '|layername=').</source>
            <translation>{parameter}: {path} no es una capa vectorial legible (dañada, no es un archivo SIG o no tiene la capa indicada tras '|layername=').</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>Adds the VRAEM group to the project: the approximate zone, district capitals, towns, border crossings, the SAMPLE eradication plan and context countries, styled and labelled. Running it again re-uses the group.</source>
            <translation>Agrega el grupo VRAEM al proyecto: la zona aproximada, las capitales distritales, los centros poblados, los pasos de frontera, el plan de erradicación de MUESTRA y los países de contexto, con estilo y etiquetas. Si se ejecuta de nuevo, reutiliza el grupo.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>Reference layers</source>
            <translation>Capas de referencia</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>Layer-tree group</source>
            <translation>Grupo del panel de capas</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>There is no project to add the layers to.</source>
            <translation>No hay ningún proyecto al cual agregar las capas.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/add_reference_layers.py" />
            <source>The zone is APPROXIMATE (Thiessen cells of district capitals); the eradication plan is a SAMPLE (synthetic).</source>
            <translation>La zona es APROXIMADA (polígonos de Thiessen de las capitales distritales); el plan de erradicación es una MUESTRA (sintética).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/build_zone.py" />
            <source>Build VRAEM zone from district boundaries</source>
            <translation>Construir la zona del VRAEM a partir de límites distritales</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/build_zone.py" />
            <source>Finds the 79 VRAEM districts in any polygon layer of Peruvian districts (by UBIGEO field, or by names with province and department) and dissolves them into the zone. Reports the districts that were not found. The input layer is never modified.</source>
            <translation>Encuentra los 79 distritos del VRAEM en cualquier capa de polígonos de distritos del Perú (por el campo UBIGEO, o por el nombre junto con la provincia y el departamento) y los une en la zona. Informa los distritos que no se encontraron. La capa de entrada nunca se modifica.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/build_zone.py" />
            <source>District boundaries</source>
            <translation>Límites distritales</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Reference layers and zone</source>
            <translation>Capas de referencia y zona</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>VRAEM zone</source>
            <translation>Zona del VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Zone area (m²)</source>
            <translation>Área de la zona (m²)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Districts matched</source>
            <translation>Distritos identificados</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Districts not matched (UBIGEO)</source>
            <translation>Distritos no identificados (UBIGEO)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Districts not matched (names)</source>
            <translation>Distritos no encontrados (nombres)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Matching method</source>
            <translation>Método de identificación</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>Zone area: {km2:,.1f} km² ({ha:,.0f} ha), ellipsoidal</source>
            <translation>Área de la zona: {km2:,.1f} km² ({ha:,.0f} ha), elipsoidal</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/common.py" />
            <source>{n} VRAEM districts were not found: {codes}</source>
            <translation>No se encontraron {n} distritos del VRAEM: {codes}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Download district boundaries and build VRAEM zone</source>
            <translation>Descargar límites distritales y construir la zona del VRAEM</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Downloads district boundaries through QGIS's network settings (proxy included), checks the sha256 checksum, caches the file in your QGIS profile and builds the zone from it. Sources:</source>
            <translation>Descarga los límites distritales con la configuración de red de QGIS (incluido el proxy), verifica la suma de comprobación sha256, guarda el archivo en caché en su perfil de QGIS y construye la zona a partir de él. Fuentes:</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Download again even if cached</source>
            <translation>Descargar de nuevo aunque esté en caché</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Licence and attribution</source>
            <translation>Licencia y atribución</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Unknown source.</source>
            <translation>Fuente desconocida.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/download_districts.py" />
            <source>Licence: {licence}. Attribution: {attribution}</source>
            <translation>Licencia: {licence}. Atribución: {attribution}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Imports an eradication plan from GeoPackage, Shapefile, GeoJSON, KML or CSV with a WKT column and maps its fields to the plan schema. Field map: 'sector_id=CODE;status=ESTADO' (fields not given are recognised by name). The source file is only read.</source>
            <translation>Importa un plan de erradicación desde GeoPackage, Shapefile, GeoJSON, KML o CSV con una columna WKT y hace corresponder sus campos con el esquema del plan. Correspondencia de campos: 'sector_id=CODE;status=ESTADO' (los campos no indicados se reconocen por su nombre). El archivo de origen solo se lee.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Plan file</source>
            <translation>Archivo del plan</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Field map (schema=source;...)</source>
            <translation>Correspondencia de campos (esquema=origen;...)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Sectors</source>
            <translation>Sectores</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/import_plan.py" />
            <source>Field map entries look like schema_field=source_field: {item}</source>
            <translation>Las entradas de la correspondencia de campos tienen la forma campo_del_esquema=campo_de_origen: {item}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>Creates an empty eradication-plan layer in a GeoPackage with the documented schema: sector_id, sector_name, plan_year, status (planned, in progress, eradicated, suspended), agency, target_ha, notes; its form has a value map and constraints. An existing layer of the same name is never overwritten.</source>
            <translation>Crea una capa vacía de plan de erradicación en un GeoPackage con el esquema documentado: sector_id, sector_name, plan_year, status (planificado, en curso, erradicado, suspendido), agency, target_ha, notes; su formulario tiene una lista de valores y restricciones. Nunca sobrescribe una capa existente con el mismo nombre.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>Layer name</source>
            <translation>Nombre de la capa</translation>
        </message>
        <message>
            <location filename="../plugin/processing/layers/new_plan.py" />
            <source>CRS</source>
            <translation>SRC</translation>
        </message>
        <message>
            <location filename="../plugin/processing/outputs.py" />
            <source>{parameter}: the output {value} writes into a file through a database connection or a GDAL virtual path, which cannot be checked against the inputs nor removed if the run fails; give a file path instead (a GeoPackage can take a layer name).</source>
            <translation>{parameter}: la salida {value} escribe en un archivo mediante una conexión de base de datos o una ruta virtual de GDAL, que no se puede comparar con las entradas ni eliminar si la ejecución falla; indique en su lugar una ruta de archivo (un GeoPackage admite un nombre de capa).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/outputs.py" />
            <source>The output could not be written (is the disk full?): {error}</source>
            <translation>No se pudo escribir la salida (¿está lleno el disco?): {error}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/outputs.py" />
            <source>unknown error</source>
            <translation>error desconocido</translation>
        </message>
        <message>
            <location filename="../plugin/processing/outputs.py" />
            <source>Two outputs of this run write the same file {path}; choose different files.</source>
            <translation>Dos salidas de esta ejecución escriben el mismo archivo {path}; elija archivos distintos.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/outputs.py" />
            <source>The output {path} could not be written completely (is the disk full?); nothing was kept.</source>
            <translation>No se pudo escribir completa la salida {path} (¿está lleno el disco?); no se conservó nada.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/provider.py" />
            <source>VRAEM Analyst: zone, areas, potential yield, buffer overlaps, air picture and reports</source>
            <translation>VRAEM Analyst: zona, áreas, rendimiento potencial, superposición con áreas de influencia, panorama aéreo e informes</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/common.py" />
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Export VRAEM report (PDF, PNG, CSV)</source>
            <translation>Exportar informe del VRAEM (PDF, PNG, CSV)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Measures the polygons of the analysed layer (ellipsoidal areas, part inside the zone), their potential coca leaf and cocaine yield (low, central, high) and the area inside buffers around the buffer source, then writes the VRAEM map sheet as PDF and PNG and the figures as CSV. By default it uses the bundled approximate zone, the SAMPLE eradication plan and the towns. All yields are potential and indicative; the sheet names the sources that bound the low–high range.

Trends page: adds a second page with the coca area of Peru and the VRAEM and the hectares eradicated per year (2004–2024, 2018 methodology break marked, gaps where nothing was published, VRAEM share), with the analysed area drawn against them (vector chart; needs matplotlib). The PNG then has one image per page (report.png, report_2.png), unless it is an atlas.

Atlas: one page per analysed feature instead of one sheet, named and ordered by the page name field (default: the sector name or another name field). Each page shows that feature's area, part inside the zone, yield range, part inside the buffers (when the buffers overlap the analysed polygons) and warnings, with the feature outlined and the others faint. A PNG atlas gives one numbered image per page (report_001.png…; the PNG output is the first). With the trends or air picture page, the PDF holds the atlas pages and then each of those pages once; the PNG images are the atlas pages only.</source>
            <translation>Mide los polígonos de la capa analizada (áreas elipsoidales, parte dentro de la zona), su rendimiento potencial de hoja de coca y de cocaína (bajo, central, alto) y el área dentro de las áreas de influencia alrededor de la capa de origen; luego escribe la hoja de mapa del VRAEM en PDF y PNG y las cifras en CSV. De forma predeterminada usa la zona aproximada incluida, el plan de erradicación de MUESTRA y los centros poblados. Todos los rendimientos son potenciales e indicativos; la hoja nombra las fuentes que acotan el rango bajo–alto.

Página de tendencias: añade una segunda página con el área de coca del Perú y del VRAEM y las hectáreas erradicadas por año (2004–2024, con el cambio de metodología de 2018 marcado, vacíos donde no se publicó nada y la participación del VRAEM), con el área analizada dibujada frente a ellas (gráfico vectorial; requiere matplotlib). El PNG tiene entonces una imagen por página (report.png, report_2.png), salvo en un atlas.

Atlas: una página por elemento analizado en lugar de una sola hoja, nombrada y ordenada por el campo del nombre de página (por defecto: el nombre del sector u otro campo de nombre). Cada página muestra el área de ese elemento, la parte dentro de la zona, el rango de rendimiento, la parte dentro de las áreas de influencia (cuando estas se superponen a los polígonos analizados) y las advertencias, con el elemento resaltado y los demás atenuados. Un atlas PNG da una imagen numerada por página (report_001.png…; la salida PNG es la primera). Con la página de tendencias o la de panorama aéreo, el PDF contiene las páginas del atlas y después cada una de esas páginas una sola vez; las imágenes PNG son solo las páginas del atlas.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Analysed polygons (eradication plan, coca fields)</source>
            <translation>Polígonos analizados (plan de erradicación, cultivos de coca)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Yield parameter set</source>
            <translation>Conjunto de parámetros de rendimiento</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Buffer around (towns, crossings...)</source>
            <translation>Área de influencia alrededor de (centros poblados, pasos de frontera...)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Buffer distance (ground kilometres)</source>
            <translation>Distancia del área de influencia (kilómetros sobre el terreno)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Polygons to overlap with the buffers (default: analysed polygons)</source>
            <translation>Polígonos que se superponen con las áreas de influencia (predeterminado: los polígonos analizados)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Sheet size</source>
            <translation>Tamaño de la hoja</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Resolution (dots per inch)</source>
            <translation>Resolución (puntos por pulgada)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Add the trends page (coca area and eradication by year)</source>
            <translation>Añadir la página de tendencias (área de coca y erradicación por año)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>One page per analysed feature (atlas)</source>
            <translation>Una página por elemento analizado (atlas)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Atlas page name field (default: the sector name or another name field)</source>
            <translation>Campo del nombre de página del atlas (por defecto: el nombre del sector u otro campo de nombre)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Air picture page: position fixes (optional)</source>
            <translation>Página de panorama aéreo: posiciones (opcional)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Air picture page: time field</source>
            <translation>Página de panorama aéreo: campo de hora</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Air picture page: track field</source>
            <translation>Página de panorama aéreo: campo de traza</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Air picture page: aircraft profile of the reach rings</source>
            <translation>Página de panorama aéreo: perfil de aeronave de los anillos de alcance</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Report (PDF)</source>
            <translation>Informe (PDF)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Report (PNG)</source>
            <translation>Informe (PNG)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Figures (CSV)</source>
            <translation>Cifras (CSV)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>The analysed layer and the zone are required.</source>
            <translation>Se requieren la capa analizada y la zona.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Measuring areas…</source>
            <translation>Midiendo áreas…</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Measuring each atlas page's feature…</source>
            <translation>Midiendo el elemento de cada página del atlas…</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Writing the PDF…</source>
            <translation>Escribiendo el PDF…</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Writing the PNG…</source>
            <translation>Escribiendo el PNG…</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>The air picture page needs the time field of the position fixes.</source>
            <translation>La página de panorama aéreo necesita el campo de hora de las posiciones.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/reports/export_report.py" />
            <source>Reading the flight tracks…</source>
            <translation>Leyendo las trazas de vuelo…</translation>
        </message>
    </context>
</TS>
