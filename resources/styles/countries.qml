<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" maxScale="0" autoRefreshMode="Disabled" labelsEnabled="1" simplifyAlgorithm="0" simplifyLocal="1" hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" readOnly="0" version="3.40.6-Bratislava" styleCategories="AllStyleCategories" minScale="0" autoRefreshTime="0" symbologyReferenceScale="-1" simplifyMaxScale="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal endField="" endExpression="" mode="0" limitMode="0" startExpression="" startField="" enabled="0" durationField="" durationUnit="min" fixedDuration="0" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation extrusion="0" type="IndividualFeatures" respectLayerSymbol="1" clamping="Terrain" binding="Centroid" extrusionEnabled="0" zoffset="0" symbology="Line" showMarkerSymbolInSurfacePlots="0" zscale="1">
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol clip_to_extent="1" alpha="1" type="line" is_animated="0" force_rhr="0" name="" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{e4089a7b-de45-44eb-a0d3-0112f7d88774}" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option type="QString" value="0" name="align_dash_pattern"/>
            <Option type="QString" value="square" name="capstyle"/>
            <Option type="QString" value="5;2" name="customdash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
            <Option type="QString" value="MM" name="customdash_unit"/>
            <Option type="QString" value="0" name="dash_pattern_offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
            <Option type="QString" value="0" name="draw_inside_polygon"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="133,182,111,255,rgb:0.52156862745098043,0.71372549019607845,0.43529411764705883,1" name="line_color"/>
            <Option type="QString" value="solid" name="line_style"/>
            <Option type="QString" value="0.6" name="line_width"/>
            <Option type="QString" value="MM" name="line_width_unit"/>
            <Option type="QString" value="0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0" name="ring_filter"/>
            <Option type="QString" value="0" name="trim_distance_end"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_end_unit"/>
            <Option type="QString" value="0" name="trim_distance_start"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_start_unit"/>
            <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
            <Option type="QString" value="0" name="use_custom_dash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol clip_to_extent="1" alpha="1" type="fill" is_animated="0" force_rhr="0" name="" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{d75817e6-e1ae-4b24-a28a-22c8d1483887}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="133,182,111,255,rgb:0.52156862745098043,0.71372549019607845,0.43529411764705883,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="95,130,79,255,rgb:0.37254901960784315,0.50980392156862742,0.3109178301670863,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol clip_to_extent="1" alpha="1" type="marker" is_animated="0" force_rhr="0" name="" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{8d419c63-81e0-4db5-8ffe-78eca26b867f}" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="133,182,111,255,rgb:0.52156862745098043,0.71372549019607845,0.43529411764705883,1" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="diamond" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="95,130,79,255,rgb:0.37254901960784315,0.50980392156862742,0.3109178301670863,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="3" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 enableorderby="0" type="singleSymbol" symbollevels="0" forceraster="0" referencescale="-1">
    <symbols>
      <symbol clip_to_extent="1" alpha="1" type="fill" is_animated="0" force_rhr="0" name="0" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" id="{4699f8f7-9d6d-4bd5-9f4e-454596473d2a}" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="244,241,232,255,rgb:0.95686274509803926,0.94509803921568625,0.90980392156862744,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="140,140,140,255,rgb:0.5490196078431373,0.5490196078431373,0.5490196078431373,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.3" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontFamily="DejaVu Sans" fontSizeUnit="Point" isExpression="1" fontItalic="0" tabStopDistanceUnit="Percentage" fontSizeMapUnitScale="3x:0,0,0,0,0,0" forcedItalic="0" textOrientation="horizontal" fontSize="9" tabStopDistance="6" useSubstitutions="0" fontLetterSpacing="0" tabStopDistanceMapUnitScale="3x:0,0,0,0,0,0" fontKerning="1" forcedBold="0" capitalization="0" namedStyle="" previewBkgrdColor="255,255,255,255,rgb:1,1,1,1" textOpacity="1" blendMode="0" fontUnderline="0" legendString="Aa" multilineHeight="1" fontWordSpacing="0" allowHtml="0" fontStrikeout="0" textColor="85,85,85,255,rgb:0.33333333333333331,0.33333333333333331,0.33333333333333331,1" multilineHeightUnit="Percentage" fieldName="&quot;NAME&quot;" fontWeight="50">
        <families/>
        <text-buffer bufferSizeUnits="MM" bufferBlendMode="0" bufferDraw="1" bufferJoinStyle="128" bufferColor="255,255,255,255,rgb:1,1,1,1" bufferSize="0.80000000000000004" bufferNoFill="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferOpacity="1"/>
        <text-mask maskOpacity="1" maskSize="1.5" maskJoinStyle="128" maskEnabled="0" maskType="0" maskSizeUnits="MM" maskSize2="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskedSymbolLayers=""/>
        <background shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeOpacity="1" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiX="0" shapeBorderWidthUnit="MM" shapeSizeType="0" shapeSizeX="0" shapeOffsetUnit="MM" shapeDraw="0" shapeJoinStyle="64" shapeFillColor="255,255,255,255,rgb:1,1,1,1" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSizeY="0" shapeRotation="0" shapeRotationType="0" shapeOffsetX="0" shapeBorderColor="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1" shapeBlendMode="0" shapeSizeUnit="MM" shapeRadiiUnit="MM" shapeOffsetY="0" shapeRadiiY="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeType="0" shapeSVGFile="" shapeBorderWidth="0">
          <symbol clip_to_extent="1" alpha="1" type="fill" is_animated="0" force_rhr="0" name="fillSymbol" frame_rate="10">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" id="" enabled="1" class="SimpleFill">
              <Option type="Map">
                <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
                <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="color"/>
                <Option type="QString" value="bevel" name="joinstyle"/>
                <Option type="QString" value="0,0" name="offset"/>
                <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
                <Option type="QString" value="MM" name="offset_unit"/>
                <Option type="QString" value="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1" name="outline_color"/>
                <Option type="QString" value="no" name="outline_style"/>
                <Option type="QString" value="0" name="outline_width"/>
                <Option type="QString" value="MM" name="outline_width_unit"/>
                <Option type="QString" value="solid" name="style"/>
              </Option>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" value="" name="name"/>
                  <Option name="properties"/>
                  <Option type="QString" value="collection" name="type"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowOpacity="0.69999999999999996" shadowScale="100" shadowOffsetGlobal="1" shadowRadiusAlphaOnly="0" shadowUnder="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowColor="0,0,0,255,rgb:0,0,0,1" shadowRadius="1.5" shadowBlendMode="6" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetAngle="135" shadowOffsetUnit="MM" shadowDraw="0" shadowOffsetDist="1" shadowRadiusUnit="MM"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format plussign="0" leftDirectionSymbol="&lt;" multilineAlign="3" reverseDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" rightDirectionSymbol=">" wrapChar="" addDirectionSymbol="0" decimals="3" autoWrapLength="0" formatNumbers="0" placeDirectionSymbol="0"/>
      <placement labelOffsetMapUnitScale="3x:0,0,0,0,0,0" distMapUnitScale="3x:0,0,0,0,0,0" geometryGenerator="" layerType="UnknownGeometry" fitInPolygonOnly="0" placement="0" offsetUnits="MM" lineAnchorClipping="0" prioritization="PreferCloser" preserveRotation="1" repeatDistance="0" geometryGeneratorType="PointGeometry" maximumDistanceUnit="MM" centroidWhole="0" priority="5" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleOut="-25" rotationAngle="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" allowDegraded="0" distUnits="MM" placementFlags="10" overrunDistance="0" offsetType="0" polygonPlacementFlags="2" repeatDistanceUnits="MM" geometryGeneratorEnabled="0" maximumDistance="0" overrunDistanceUnit="MM" quadOffset="4" xOffset="0" yOffset="0" centroidInside="0" maxCurvedCharAngleIn="25" lineAnchorType="0" dist="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" rotationUnit="AngleDegrees" maximumDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" overlapHandling="PreventOverlap" lineAnchorTextPoint="FollowPlacement"/>
      <rendering fontLimitPixelSize="0" fontMaxPixelSize="10000" minFeatureSize="0" drawLabels="1" limitNumLabels="0" scaleMax="0" maxNumLabels="2000" labelPerPart="0" zIndex="0" fontMinPixelSize="0" upsidedownLabels="0" scaleVisibility="0" mergeLines="0" unplacedVisibility="0" obstacle="1" scaleMin="0" obstacleFactor="1" obstacleType="1"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" value="" name="name"/>
          <Option name="properties"/>
          <Option type="QString" value="collection" name="type"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" value="pole_of_inaccessibility" name="anchorPoint"/>
          <Option type="int" value="0" name="blendMode"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
          <Option type="bool" value="false" name="drawToAllParts"/>
          <Option type="QString" value="0" name="enabled"/>
          <Option type="QString" value="point_on_exterior" name="labelAnchorPoint"/>
          <Option type="QString" value="&lt;symbol clip_to_extent=&quot;1&quot; alpha=&quot;1&quot; type=&quot;line&quot; is_animated=&quot;0&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; frame_rate=&quot;10&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; locked=&quot;0&quot; id=&quot;{68585030-76cc-44e3-8e60-0870e45ec69a}&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255,rgb:0.23529411764705882,0.23529411764705882,0.23529411764705882,1&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
          <Option type="double" value="0" name="minLength"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale"/>
          <Option type="QString" value="MM" name="minLengthUnit"/>
          <Option type="double" value="0" name="offsetFromAnchor"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromAnchorUnit"/>
          <Option type="double" value="0" name="offsetFromLabel"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromLabelUnit"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option type="Map">
      <Option type="QString" value="NAME" name="dualview/previewExpressions"/>
      <Option type="QString" value="0" name="embeddedWidgets/count"/>
      <Option name="variableNames"/>
      <Option name="variableValues"/>
    </Option>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <SingleCategoryDiagramRenderer diagramType="Histogram" attributeLegend="1">
    <DiagramCategory minScaleDenominator="0" stackedDiagramSpacing="0" enabled="0" spacing="0" scaleDependency="Area" diagramOrientation="Up" direction="1" lineSizeType="MM" penAlpha="255" labelPlacementMethod="XHeight" scaleBasedVisibility="0" lineSizeScale="3x:0,0,0,0,0,0" maxScaleDenominator="1e+08" penWidth="0" stackedDiagramMode="Horizontal" showAxis="0" stackedDiagramSpacingUnit="MM" sizeScale="3x:0,0,0,0,0,0" backgroundAlpha="255" sizeType="MM" minimumSize="0" opacity="1" penColor="#000000" height="15" spacingUnitScale="3x:0,0,0,0,0,0" barWidth="5" rotationOffset="270" width="15" backgroundColor="#ffffff" stackedDiagramSpacingUnitScale="3x:0,0,0,0,0,0" spacingUnit="MM">
      <fontProperties description="Cantarell,11,-1,5,50,0,0,0,0,0" strikethrough="0" underline="0" italic="0" style="" bold="0"/>
      <attribute field="" label="" colorOpacity="1" color="#000000"/>
      <axisSymbol>
        <symbol clip_to_extent="1" alpha="1" type="line" is_animated="0" force_rhr="0" name="" frame_rate="10">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" locked="0" id="{8b1ebcad-65a5-4940-b8b6-55c34ba66f43}" enabled="1" class="SimpleLine">
            <Option type="Map">
              <Option type="QString" value="0" name="align_dash_pattern"/>
              <Option type="QString" value="square" name="capstyle"/>
              <Option type="QString" value="5;2" name="customdash"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
              <Option type="QString" value="MM" name="customdash_unit"/>
              <Option type="QString" value="0" name="dash_pattern_offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
              <Option type="QString" value="0" name="draw_inside_polygon"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="35,35,35,255,rgb:0.13725490196078433,0.13725490196078433,0.13725490196078433,1" name="line_color"/>
              <Option type="QString" value="solid" name="line_style"/>
              <Option type="QString" value="0.26" name="line_width"/>
              <Option type="QString" value="MM" name="line_width_unit"/>
              <Option type="QString" value="0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="0" name="ring_filter"/>
              <Option type="QString" value="0" name="trim_distance_end"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
              <Option type="QString" value="MM" name="trim_distance_end_unit"/>
              <Option type="QString" value="0" name="trim_distance_start"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
              <Option type="QString" value="MM" name="trim_distance_start_unit"/>
              <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
              <Option type="QString" value="0" name="use_custom_dash"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
            </Option>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </axisSymbol>
    </DiagramCategory>
  </SingleCategoryDiagramRenderer>
  <DiagramLayerSettings priority="0" showAll="1" linePlacementFlags="18" zIndex="0" dist="0" placement="0" obstacle="0">
    <properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </properties>
  </DiagramLayerSettings>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks/>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <fieldConfiguration>
    <field configurationFlags="NoFlag" name="fid">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="iso_a2">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="NAME">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="FIPS_10_">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="ISO_A3">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="WB_A2">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="WB_A3">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" index="0" name=""/>
    <alias field="iso_a2" index="1" name=""/>
    <alias field="NAME" index="2" name=""/>
    <alias field="FIPS_10_" index="3" name=""/>
    <alias field="ISO_A3" index="4" name=""/>
    <alias field="WB_A2" index="5" name=""/>
    <alias field="WB_A3" index="6" name=""/>
  </aliases>
  <splitPolicies>
    <policy field="fid" policy="Duplicate"/>
    <policy field="iso_a2" policy="Duplicate"/>
    <policy field="NAME" policy="Duplicate"/>
    <policy field="FIPS_10_" policy="Duplicate"/>
    <policy field="ISO_A3" policy="Duplicate"/>
    <policy field="WB_A2" policy="Duplicate"/>
    <policy field="WB_A3" policy="Duplicate"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy field="fid" policy="Duplicate"/>
    <policy field="iso_a2" policy="Duplicate"/>
    <policy field="NAME" policy="Duplicate"/>
    <policy field="FIPS_10_" policy="Duplicate"/>
    <policy field="ISO_A3" policy="Duplicate"/>
    <policy field="WB_A2" policy="Duplicate"/>
    <policy field="WB_A3" policy="Duplicate"/>
  </duplicatePolicies>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="iso_a2" expression="" applyOnUpdate="0"/>
    <default field="NAME" expression="" applyOnUpdate="0"/>
    <default field="FIPS_10_" expression="" applyOnUpdate="0"/>
    <default field="ISO_A3" expression="" applyOnUpdate="0"/>
    <default field="WB_A2" expression="" applyOnUpdate="0"/>
    <default field="WB_A3" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="fid" unique_strength="1" exp_strength="0" notnull_strength="1" constraints="3"/>
    <constraint field="iso_a2" unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint field="NAME" unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint field="FIPS_10_" unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint field="ISO_A3" unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint field="WB_A2" unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint field="WB_A3" unique_strength="0" exp_strength="0" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" desc="" exp=""/>
    <constraint field="iso_a2" desc="" exp=""/>
    <constraint field="NAME" desc="" exp=""/>
    <constraint field="FIPS_10_" desc="" exp=""/>
    <constraint field="ISO_A3" desc="" exp=""/>
    <constraint field="WB_A2" desc="" exp=""/>
    <constraint field="WB_A3" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions>
    <defaultAction key="Canvas" value="{00000000-0000-0000-0000-000000000000}"/>
  </attributeactions>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
    <columns>
      <column type="field" hidden="0" name="NAME" width="-1"/>
      <column type="field" hidden="0" name="FIPS_10_" width="-1"/>
      <column type="field" hidden="0" name="ISO_A3" width="-1"/>
      <column type="field" hidden="0" name="WB_A2" width="-1"/>
      <column type="field" hidden="0" name="WB_A3" width="-1"/>
      <column type="actions" hidden="1" width="-1"/>
      <column type="field" hidden="0" name="fid" width="-1"/>
      <column type="field" hidden="0" name="iso_a2" width="-1"/>
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
