<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" simplifyLocal="1" symbologyReferenceScale="-1" simplifyDrawingTol="1" minScale="0" autoRefreshMode="Disabled" version="3.40.6-Bratislava" styleCategories="AllStyleCategories" maxScale="0" simplifyMaxScale="1" simplifyAlgorithm="0" readOnly="0" simplifyDrawingHints="1" autoRefreshTime="0" labelsEnabled="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal endExpression="" mode="0" durationField="" durationUnit="min" enabled="0" endField="" limitMode="0" accumulate="0" startField="" startExpression="" fixedDuration="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation extrusion="0" extrusionEnabled="0" zscale="1" binding="Centroid" respectLayerSymbol="1" showMarkerSymbolInSurfacePlots="0" symbology="Line" type="IndividualFeatures" zoffset="0" clamping="Terrain">
    <data-defined-properties>
      <Option type="Map">
        <Option name="name" type="QString" value=""/>
        <Option name="properties"/>
        <Option name="type" type="QString" value="collection"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol alpha="1" is_animated="0" force_rhr="0" frame_rate="10" name="" clip_to_extent="1" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{20fb76ed-3760-44f5-9a6a-5354ba89d34f}" pass="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0"/>
            <Option name="capstyle" type="QString" value="square"/>
            <Option name="customdash" type="QString" value="5;2"/>
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="customdash_unit" type="QString" value="MM"/>
            <Option name="dash_pattern_offset" type="QString" value="0"/>
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="dash_pattern_offset_unit" type="QString" value="MM"/>
            <Option name="draw_inside_polygon" type="QString" value="0"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="line_color" type="QString" value="183,72,75,255,rgb:0.71764705882352942,0.28235294117647058,0.29411764705882354,1"/>
            <Option name="line_style" type="QString" value="solid"/>
            <Option name="line_width" type="QString" value="0.6"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
            <Option name="offset" type="QString" value="0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="ring_filter" type="QString" value="0"/>
            <Option name="trim_distance_end" type="QString" value="0"/>
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_end_unit" type="QString" value="MM"/>
            <Option name="trim_distance_start" type="QString" value="0"/>
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_start_unit" type="QString" value="MM"/>
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0"/>
            <Option name="use_custom_dash" type="QString" value="0"/>
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol alpha="1" is_animated="0" force_rhr="0" frame_rate="10" name="" clip_to_extent="1" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{439659d1-0c66-415e-9a9d-bb83bc78b55f}" pass="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="183,72,75,255,rgb:0.71764705882352942,0.28235294117647058,0.29411764705882354,1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="131,51,54,255,rgb:0.51259632257572285,0.20167849240863661,0.21007095445181964,1"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol alpha="1" is_animated="0" force_rhr="0" frame_rate="10" name="" clip_to_extent="1" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{779bd273-2f03-4525-a87c-659c473b6d1d}" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="183,72,75,255,rgb:0.71764705882352942,0.28235294117647058,0.29411764705882354,1"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="diamond"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="131,51,54,255,rgb:0.51259632257572285,0.20167849240863661,0.21007095445181964,1"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="3"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 referencescale="-1" enableorderby="0" symbollevels="0" type="singleSymbol" forceraster="0">
    <symbols>
      <symbol alpha="1" is_animated="0" force_rhr="0" frame_rate="10" name="0" clip_to_extent="1" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{ce82f5d9-551d-4dbc-bce7-ec07f789ef8f}" pass="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="244,241,232,255,rgb:0.95686274509803926,0.94509803921568625,0.90980392156862744,1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="140,140,140,255,rgb:0.5490196078431373,0.5490196078431373,0.5490196078431373,1"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
    <data-defined-properties>
      <Option type="Map">
        <Option name="name" type="QString" value=""/>
        <Option name="properties"/>
        <Option name="type" type="QString" value="collection"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontItalic="0" textColor="85,85,85,255,rgb:0.33333333333333331,0.33333333333333331,0.33333333333333331,1" multilineHeight="1" tabStopDistanceUnit="Percentage" fontFamily="DejaVu Sans" forcedItalic="0" allowHtml="0" fontWeight="50" fontLetterSpacing="0" fontSizeUnit="Point" legendString="Aa" fieldName="&quot;NAME&quot;" fontWordSpacing="0" blendMode="0" tabStopDistance="6" textOpacity="1" textOrientation="horizontal" fontStrikeout="0" tabStopDistanceMapUnitScale="3x:0,0,0,0,0,0" fontKerning="1" fontSizeMapUnitScale="3x:0,0,0,0,0,0" namedStyle="" fontUnderline="0" useSubstitutions="0" capitalization="0" forcedBold="0" fontSize="9" previewBkgrdColor="255,255,255,255,rgb:1,1,1,1" multilineHeightUnit="Percentage" isExpression="1">
        <families/>
        <text-buffer bufferNoFill="1" bufferDraw="1" bufferSizeUnits="MM" bufferSize="0.80000000000000004" bufferJoinStyle="128" bufferOpacity="1" bufferColor="255,255,255,255,rgb:1,1,1,1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferBlendMode="0"/>
        <text-mask maskType="0" maskSizeUnits="MM" maskSize="1.5" maskedSymbolLayers="" maskEnabled="0" maskJoinStyle="128" maskOpacity="1" maskSize2="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <background shapeSizeType="0" shapeFillColor="255,255,255,255,rgb:1,1,1,1" shapeBorderWidth="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetY="0" shapeBlendMode="0" shapeRotation="0" shapeSizeX="0" shapeType="0" shapeBorderWidthUnit="MM" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeDraw="0" shapeSizeUnit="MM" shapeRadiiUnit="MM" shapeRadiiY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1" shapeJoinStyle="64" shapeOffsetX="0" shapeRotationType="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeOpacity="1" shapeRadiiX="0" shapeSVGFile="" shapeSizeY="0">
          <symbol alpha="1" is_animated="0" force_rhr="0" frame_rate="10" name="fillSymbol" clip_to_extent="1" type="fill">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value=""/>
                <Option name="properties"/>
                <Option name="type" type="QString" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer locked="0" id="" pass="0" enabled="1" class="SimpleFill">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
                <Option name="joinstyle" type="QString" value="bevel"/>
                <Option name="offset" type="QString" value="0,0"/>
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="offset_unit" type="QString" value="MM"/>
                <Option name="outline_color" type="QString" value="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1"/>
                <Option name="outline_style" type="QString" value="no"/>
                <Option name="outline_width" type="QString" value="0"/>
                <Option name="outline_width_unit" type="QString" value="MM"/>
                <Option name="style" type="QString" value="solid"/>
              </Option>
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value=""/>
                  <Option name="properties"/>
                  <Option name="type" type="QString" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadiusAlphaOnly="0" shadowOpacity="0.69999999999999996" shadowOffsetGlobal="1" shadowBlendMode="6" shadowRadiusUnit="MM" shadowColor="0,0,0,255,rgb:0,0,0,1" shadowUnder="0" shadowDraw="0" shadowOffsetAngle="135" shadowRadius="1.5" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowScale="100" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetDist="1" shadowOffsetUnit="MM"/>
        <dd_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format multilineAlign="3" leftDirectionSymbol="&lt;" rightDirectionSymbol=">" placeDirectionSymbol="0" wrapChar="" reverseDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" autoWrapLength="0" addDirectionSymbol="0" formatNumbers="0" plussign="0" decimals="3"/>
      <placement offsetType="0" rotationUnit="AngleDegrees" maximumDistanceUnit="MM" distUnits="MM" dist="0" maximumDistanceMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleOut="-25" maxCurvedCharAngleIn="25" placementFlags="10" lineAnchorPercent="0.5" maximumDistance="0" allowDegraded="0" rotationAngle="0" geometryGeneratorType="PointGeometry" overlapHandling="PreventOverlap" xOffset="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" placement="0" yOffset="0" geometryGeneratorEnabled="0" fitInPolygonOnly="0" repeatDistance="0" centroidWhole="0" priority="5" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" preserveRotation="1" distMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" lineAnchorTextPoint="FollowPlacement" lineAnchorClipping="0" layerType="UnknownGeometry" polygonPlacementFlags="2" geometryGenerator="" lineAnchorType="0" overrunDistanceUnit="MM" offsetUnits="MM" centroidInside="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" prioritization="PreferCloser" overrunDistance="0" quadOffset="4"/>
      <rendering scaleMax="0" mergeLines="0" obstacle="1" upsidedownLabels="0" maxNumLabels="2000" drawLabels="1" obstacleType="1" scaleMin="0" minFeatureSize="0" unplacedVisibility="0" fontMinPixelSize="0" zIndex="0" obstacleFactor="1" fontLimitPixelSize="0" scaleVisibility="0" limitNumLabels="0" fontMaxPixelSize="10000" labelPerPart="0"/>
      <dd_properties>
        <Option type="Map">
          <Option name="name" type="QString" value=""/>
          <Option name="properties"/>
          <Option name="type" type="QString" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility"/>
          <Option name="blendMode" type="int" value="0"/>
          <Option name="ddProperties" type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
          <Option name="drawToAllParts" type="bool" value="false"/>
          <Option name="enabled" type="QString" value="0"/>
          <Option name="labelAnchorPoint" type="QString" value="point_on_exterior"/>
          <Option name="lineSymbol" type="QString" value="&lt;symbol alpha=&quot;1&quot; is_animated=&quot;0&quot; force_rhr=&quot;0&quot; frame_rate=&quot;10&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; type=&quot;line&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; id=&quot;{706f512a-4a91-4c6f-b6d9-8a3af883acb4}&quot; pass=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;capstyle&quot; type=&quot;QString&quot; value=&quot;square&quot;/>&lt;Option name=&quot;customdash&quot; type=&quot;QString&quot; value=&quot;5;2&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;customdash_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;joinstyle&quot; type=&quot;QString&quot; value=&quot;bevel&quot;/>&lt;Option name=&quot;line_color&quot; type=&quot;QString&quot; value=&quot;60,60,60,255,rgb:0.23529411764705882,0.23529411764705882,0.23529411764705882,1&quot;/>&lt;Option name=&quot;line_style&quot; type=&quot;QString&quot; value=&quot;solid&quot;/>&lt;Option name=&quot;line_width&quot; type=&quot;QString&quot; value=&quot;0.3&quot;/>&lt;Option name=&quot;line_width_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;ring_filter&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;trim_distance_start&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;use_custom_dash&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option name="minLength" type="double" value="0"/>
          <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="minLengthUnit" type="QString" value="MM"/>
          <Option name="offsetFromAnchor" type="double" value="0"/>
          <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromAnchorUnit" type="QString" value="MM"/>
          <Option name="offsetFromLabel" type="double" value="0"/>
          <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromLabelUnit" type="QString" value="MM"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option type="Map">
      <Option name="dualview/previewExpressions" type="QString" value="NAME"/>
      <Option name="embeddedWidgets/count" type="QString" value="0"/>
      <Option name="variableNames"/>
      <Option name="variableValues"/>
    </Option>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <SingleCategoryDiagramRenderer diagramType="Histogram" attributeLegend="1">
    <DiagramCategory opacity="1" direction="1" scaleBasedVisibility="0" sizeType="MM" diagramOrientation="Up" lineSizeType="MM" width="15" maxScaleDenominator="1e+08" backgroundAlpha="255" penAlpha="255" height="15" stackedDiagramSpacingUnit="MM" showAxis="0" minimumSize="0" rotationOffset="270" labelPlacementMethod="XHeight" spacingUnitScale="3x:0,0,0,0,0,0" stackedDiagramSpacing="0" penColor="#000000" stackedDiagramSpacingUnitScale="3x:0,0,0,0,0,0" scaleDependency="Area" sizeScale="3x:0,0,0,0,0,0" penWidth="0" backgroundColor="#ffffff" spacing="0" stackedDiagramMode="Horizontal" barWidth="5" minScaleDenominator="0" enabled="0" spacingUnit="MM" lineSizeScale="3x:0,0,0,0,0,0">
      <fontProperties style="" italic="0" underline="0" description="Cantarell,11,-1,5,50,0,0,0,0,0" bold="0" strikethrough="0"/>
      <attribute color="#000000" field="" label="" colorOpacity="1"/>
      <axisSymbol>
        <symbol alpha="1" is_animated="0" force_rhr="0" frame_rate="10" name="" clip_to_extent="1" type="line">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" id="{a996b4fd-14de-4c50-9aae-eab8ff0763cd}" pass="0" enabled="1" class="SimpleLine">
            <Option type="Map">
              <Option name="align_dash_pattern" type="QString" value="0"/>
              <Option name="capstyle" type="QString" value="square"/>
              <Option name="customdash" type="QString" value="5;2"/>
              <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
              <Option name="customdash_unit" type="QString" value="MM"/>
              <Option name="dash_pattern_offset" type="QString" value="0"/>
              <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
              <Option name="dash_pattern_offset_unit" type="QString" value="MM"/>
              <Option name="draw_inside_polygon" type="QString" value="0"/>
              <Option name="joinstyle" type="QString" value="bevel"/>
              <Option name="line_color" type="QString" value="35,35,35,255,rgb:0.13725490196078433,0.13725490196078433,0.13725490196078433,1"/>
              <Option name="line_style" type="QString" value="solid"/>
              <Option name="line_width" type="QString" value="0.26"/>
              <Option name="line_width_unit" type="QString" value="MM"/>
              <Option name="offset" type="QString" value="0"/>
              <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
              <Option name="offset_unit" type="QString" value="MM"/>
              <Option name="ring_filter" type="QString" value="0"/>
              <Option name="trim_distance_end" type="QString" value="0"/>
              <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
              <Option name="trim_distance_end_unit" type="QString" value="MM"/>
              <Option name="trim_distance_start" type="QString" value="0"/>
              <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
              <Option name="trim_distance_start_unit" type="QString" value="MM"/>
              <Option name="tweak_dash_pattern_on_corners" type="QString" value="0"/>
              <Option name="use_custom_dash" type="QString" value="0"/>
              <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            </Option>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value=""/>
                <Option name="properties"/>
                <Option name="type" type="QString" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </axisSymbol>
    </DiagramCategory>
  </SingleCategoryDiagramRenderer>
  <DiagramLayerSettings dist="0" placement="0" obstacle="0" linePlacementFlags="18" showAll="1" zIndex="0" priority="0">
    <properties>
      <Option type="Map">
        <Option name="name" type="QString" value=""/>
        <Option name="properties"/>
        <Option name="type" type="QString" value="collection"/>
      </Option>
    </properties>
  </DiagramLayerSettings>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks/>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <fieldConfiguration>
    <field name="fid" configurationFlags="NoFlag">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="iso_a2" configurationFlags="NoFlag">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="NAME" configurationFlags="NoFlag">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="FIPS_10_" configurationFlags="NoFlag">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ISO_A3" configurationFlags="NoFlag">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="WB_A2" configurationFlags="NoFlag">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="WB_A3" configurationFlags="NoFlag">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" name="" field="fid"/>
    <alias index="1" name="" field="iso_a2"/>
    <alias index="2" name="" field="NAME"/>
    <alias index="3" name="" field="FIPS_10_"/>
    <alias index="4" name="" field="ISO_A3"/>
    <alias index="5" name="" field="WB_A2"/>
    <alias index="6" name="" field="WB_A3"/>
  </aliases>
  <splitPolicies>
    <policy policy="Duplicate" field="fid"/>
    <policy policy="Duplicate" field="iso_a2"/>
    <policy policy="Duplicate" field="NAME"/>
    <policy policy="Duplicate" field="FIPS_10_"/>
    <policy policy="Duplicate" field="ISO_A3"/>
    <policy policy="Duplicate" field="WB_A2"/>
    <policy policy="Duplicate" field="WB_A3"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy policy="Duplicate" field="fid"/>
    <policy policy="Duplicate" field="iso_a2"/>
    <policy policy="Duplicate" field="NAME"/>
    <policy policy="Duplicate" field="FIPS_10_"/>
    <policy policy="Duplicate" field="ISO_A3"/>
    <policy policy="Duplicate" field="WB_A2"/>
    <policy policy="Duplicate" field="WB_A3"/>
  </duplicatePolicies>
  <defaults>
    <default expression="" applyOnUpdate="0" field="fid"/>
    <default expression="" applyOnUpdate="0" field="iso_a2"/>
    <default expression="" applyOnUpdate="0" field="NAME"/>
    <default expression="" applyOnUpdate="0" field="FIPS_10_"/>
    <default expression="" applyOnUpdate="0" field="ISO_A3"/>
    <default expression="" applyOnUpdate="0" field="WB_A2"/>
    <default expression="" applyOnUpdate="0" field="WB_A3"/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" field="fid" constraints="3" unique_strength="1" notnull_strength="1"/>
    <constraint exp_strength="0" field="iso_a2" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="NAME" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="FIPS_10_" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="ISO_A3" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="WB_A2" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="WB_A3" constraints="0" unique_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="fid" desc=""/>
    <constraint exp="" field="iso_a2" desc=""/>
    <constraint exp="" field="NAME" desc=""/>
    <constraint exp="" field="FIPS_10_" desc=""/>
    <constraint exp="" field="ISO_A3" desc=""/>
    <constraint exp="" field="WB_A2" desc=""/>
    <constraint exp="" field="WB_A3" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions>
    <defaultAction key="Canvas" value="{00000000-0000-0000-0000-000000000000}"/>
  </attributeactions>
  <attributetableconfig sortOrder="0" actionWidgetStyle="dropDown" sortExpression="">
    <columns>
      <column name="NAME" width="-1" hidden="0" type="field"/>
      <column name="FIPS_10_" width="-1" hidden="0" type="field"/>
      <column name="ISO_A3" width="-1" hidden="0" type="field"/>
      <column name="WB_A2" width="-1" hidden="0" type="field"/>
      <column name="WB_A3" width="-1" hidden="0" type="field"/>
      <column width="-1" hidden="1" type="actions"/>
      <column name="fid" width="-1" hidden="0" type="field"/>
      <column name="iso_a2" width="-1" hidden="0" type="field"/>
    </columns>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[# -*- coding: utf-8 -*-
"""
QGIS forms can have a Python function that is called when the form is
opened.

Use this function to add extra logic to your forms.

Enter the name of the function in the "Python Init function"
field.
An example follows:
"""
from qgis.PyQt.QtWidgets import QWidget

def my_form_open(dialog, layer, feature):
	geom = feature.geometry()
	control = dialog.findChild(QWidget, "MyLineEdit")
]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field editable="1" name="ABBREV"/>
    <field editable="1" name="ABBREV_LEN"/>
    <field editable="1" name="ADM0_A3"/>
    <field editable="1" name="ADM0_A3_IS"/>
    <field editable="1" name="ADM0_A3_UN"/>
    <field editable="1" name="ADM0_A3_US"/>
    <field editable="1" name="ADM0_A3_WB"/>
    <field editable="1" name="ADM0_DIF"/>
    <field editable="1" name="ADMIN"/>
    <field editable="1" name="BRK_A3"/>
    <field editable="1" name="BRK_DIFF"/>
    <field editable="1" name="BRK_GROUP"/>
    <field editable="1" name="BRK_NAME"/>
    <field editable="1" name="CONTINENT"/>
    <field editable="1" name="ECONOMY"/>
    <field editable="1" name="FIPS_10_"/>
    <field editable="1" name="FORMAL_EN"/>
    <field editable="1" name="FORMAL_FR"/>
    <field editable="1" name="GDP_MD_EST"/>
    <field editable="1" name="GDP_YEAR"/>
    <field editable="1" name="GEOUNIT"/>
    <field editable="1" name="GEOU_DIF"/>
    <field editable="1" name="GU_A3"/>
    <field editable="1" name="HOMEPART"/>
    <field editable="1" name="INCOME_GRP"/>
    <field editable="1" name="ISO_A2"/>
    <field editable="1" name="ISO_A3"/>
    <field editable="1" name="ISO_A3_EH"/>
    <field editable="1" name="ISO_N3"/>
    <field editable="1" name="LABELRANK"/>
    <field editable="1" name="LASTCENSUS"/>
    <field editable="1" name="LEVEL"/>
    <field editable="1" name="LONG_LEN"/>
    <field editable="1" name="MAPCOLOR13"/>
    <field editable="1" name="MAPCOLOR7"/>
    <field editable="1" name="MAPCOLOR8"/>
    <field editable="1" name="MAPCOLOR9"/>
    <field editable="1" name="MAX_LABEL"/>
    <field editable="1" name="MIN_LABEL"/>
    <field editable="1" name="MIN_ZOOM"/>
    <field editable="1" name="NAME"/>
    <field editable="1" name="NAME_ALT"/>
    <field editable="1" name="NAME_AR"/>
    <field editable="1" name="NAME_BN"/>
    <field editable="1" name="NAME_CIAWF"/>
    <field editable="1" name="NAME_DE"/>
    <field editable="1" name="NAME_EL"/>
    <field editable="1" name="NAME_EN"/>
    <field editable="1" name="NAME_ES"/>
    <field editable="1" name="NAME_FR"/>
    <field editable="1" name="NAME_HI"/>
    <field editable="1" name="NAME_HU"/>
    <field editable="1" name="NAME_ID"/>
    <field editable="1" name="NAME_IT"/>
    <field editable="1" name="NAME_JA"/>
    <field editable="1" name="NAME_KO"/>
    <field editable="1" name="NAME_LEN"/>
    <field editable="1" name="NAME_LONG"/>
    <field editable="1" name="NAME_NL"/>
    <field editable="1" name="NAME_PL"/>
    <field editable="1" name="NAME_PT"/>
    <field editable="1" name="NAME_RU"/>
    <field editable="1" name="NAME_SORT"/>
    <field editable="1" name="NAME_SV"/>
    <field editable="1" name="NAME_TR"/>
    <field editable="1" name="NAME_VI"/>
    <field editable="1" name="NAME_ZH"/>
    <field editable="1" name="NE_ID"/>
    <field editable="1" name="NOTE_ADM0"/>
    <field editable="1" name="NOTE_BRK"/>
    <field editable="1" name="POP_EST"/>
    <field editable="1" name="POP_RANK"/>
    <field editable="1" name="POP_YEAR"/>
    <field editable="1" name="POSTAL"/>
    <field editable="1" name="REGION_UN"/>
    <field editable="1" name="REGION_WB"/>
    <field editable="1" name="SOVEREIGNT"/>
    <field editable="1" name="SOV_A3"/>
    <field editable="1" name="SUBREGION"/>
    <field editable="1" name="SUBUNIT"/>
    <field editable="1" name="SU_A3"/>
    <field editable="1" name="SU_DIF"/>
    <field editable="1" name="TINY"/>
    <field editable="1" name="TYPE"/>
    <field editable="1" name="UN_A3"/>
    <field editable="1" name="WB_A2"/>
    <field editable="1" name="WB_A3"/>
    <field editable="1" name="WIKIDATAID"/>
    <field editable="1" name="WIKIPEDIA"/>
    <field editable="1" name="WOE_ID"/>
    <field editable="1" name="WOE_ID_EH"/>
    <field editable="1" name="WOE_NOTE"/>
    <field editable="1" name="featurecla"/>
    <field editable="1" name="fid"/>
    <field editable="1" name="iso_a2"/>
    <field editable="1" name="scalerank"/>
  </editable>
  <labelOnTop>
    <field labelOnTop="0" name="ABBREV"/>
    <field labelOnTop="0" name="ABBREV_LEN"/>
    <field labelOnTop="0" name="ADM0_A3"/>
    <field labelOnTop="0" name="ADM0_A3_IS"/>
    <field labelOnTop="0" name="ADM0_A3_UN"/>
    <field labelOnTop="0" name="ADM0_A3_US"/>
    <field labelOnTop="0" name="ADM0_A3_WB"/>
    <field labelOnTop="0" name="ADM0_DIF"/>
    <field labelOnTop="0" name="ADMIN"/>
    <field labelOnTop="0" name="BRK_A3"/>
    <field labelOnTop="0" name="BRK_DIFF"/>
    <field labelOnTop="0" name="BRK_GROUP"/>
    <field labelOnTop="0" name="BRK_NAME"/>
    <field labelOnTop="0" name="CONTINENT"/>
    <field labelOnTop="0" name="ECONOMY"/>
    <field labelOnTop="0" name="FIPS_10_"/>
    <field labelOnTop="0" name="FORMAL_EN"/>
    <field labelOnTop="0" name="FORMAL_FR"/>
    <field labelOnTop="0" name="GDP_MD_EST"/>
    <field labelOnTop="0" name="GDP_YEAR"/>
    <field labelOnTop="0" name="GEOUNIT"/>
    <field labelOnTop="0" name="GEOU_DIF"/>
    <field labelOnTop="0" name="GU_A3"/>
    <field labelOnTop="0" name="HOMEPART"/>
    <field labelOnTop="0" name="INCOME_GRP"/>
    <field labelOnTop="0" name="ISO_A2"/>
    <field labelOnTop="0" name="ISO_A3"/>
    <field labelOnTop="0" name="ISO_A3_EH"/>
    <field labelOnTop="0" name="ISO_N3"/>
    <field labelOnTop="0" name="LABELRANK"/>
    <field labelOnTop="0" name="LASTCENSUS"/>
    <field labelOnTop="0" name="LEVEL"/>
    <field labelOnTop="0" name="LONG_LEN"/>
    <field labelOnTop="0" name="MAPCOLOR13"/>
    <field labelOnTop="0" name="MAPCOLOR7"/>
    <field labelOnTop="0" name="MAPCOLOR8"/>
    <field labelOnTop="0" name="MAPCOLOR9"/>
    <field labelOnTop="0" name="MAX_LABEL"/>
    <field labelOnTop="0" name="MIN_LABEL"/>
    <field labelOnTop="0" name="MIN_ZOOM"/>
    <field labelOnTop="0" name="NAME"/>
    <field labelOnTop="0" name="NAME_ALT"/>
    <field labelOnTop="0" name="NAME_AR"/>
    <field labelOnTop="0" name="NAME_BN"/>
    <field labelOnTop="0" name="NAME_CIAWF"/>
    <field labelOnTop="0" name="NAME_DE"/>
    <field labelOnTop="0" name="NAME_EL"/>
    <field labelOnTop="0" name="NAME_EN"/>
    <field labelOnTop="0" name="NAME_ES"/>
    <field labelOnTop="0" name="NAME_FR"/>
    <field labelOnTop="0" name="NAME_HI"/>
    <field labelOnTop="0" name="NAME_HU"/>
    <field labelOnTop="0" name="NAME_ID"/>
    <field labelOnTop="0" name="NAME_IT"/>
    <field labelOnTop="0" name="NAME_JA"/>
    <field labelOnTop="0" name="NAME_KO"/>
    <field labelOnTop="0" name="NAME_LEN"/>
    <field labelOnTop="0" name="NAME_LONG"/>
    <field labelOnTop="0" name="NAME_NL"/>
    <field labelOnTop="0" name="NAME_PL"/>
    <field labelOnTop="0" name="NAME_PT"/>
    <field labelOnTop="0" name="NAME_RU"/>
    <field labelOnTop="0" name="NAME_SORT"/>
    <field labelOnTop="0" name="NAME_SV"/>
    <field labelOnTop="0" name="NAME_TR"/>
    <field labelOnTop="0" name="NAME_VI"/>
    <field labelOnTop="0" name="NAME_ZH"/>
    <field labelOnTop="0" name="NE_ID"/>
    <field labelOnTop="0" name="NOTE_ADM0"/>
    <field labelOnTop="0" name="NOTE_BRK"/>
    <field labelOnTop="0" name="POP_EST"/>
    <field labelOnTop="0" name="POP_RANK"/>
    <field labelOnTop="0" name="POP_YEAR"/>
    <field labelOnTop="0" name="POSTAL"/>
    <field labelOnTop="0" name="REGION_UN"/>
    <field labelOnTop="0" name="REGION_WB"/>
    <field labelOnTop="0" name="SOVEREIGNT"/>
    <field labelOnTop="0" name="SOV_A3"/>
    <field labelOnTop="0" name="SUBREGION"/>
    <field labelOnTop="0" name="SUBUNIT"/>
    <field labelOnTop="0" name="SU_A3"/>
    <field labelOnTop="0" name="SU_DIF"/>
    <field labelOnTop="0" name="TINY"/>
    <field labelOnTop="0" name="TYPE"/>
    <field labelOnTop="0" name="UN_A3"/>
    <field labelOnTop="0" name="WB_A2"/>
    <field labelOnTop="0" name="WB_A3"/>
    <field labelOnTop="0" name="WIKIDATAID"/>
    <field labelOnTop="0" name="WIKIPEDIA"/>
    <field labelOnTop="0" name="WOE_ID"/>
    <field labelOnTop="0" name="WOE_ID_EH"/>
    <field labelOnTop="0" name="WOE_NOTE"/>
    <field labelOnTop="0" name="featurecla"/>
    <field labelOnTop="0" name="fid"/>
    <field labelOnTop="0" name="iso_a2"/>
    <field labelOnTop="0" name="scalerank"/>
  </labelOnTop>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>NAME</previewExpression>
  <mapTip enabled="1"></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
