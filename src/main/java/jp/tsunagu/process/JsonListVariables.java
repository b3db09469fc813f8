package jp.tsunagu.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Lists a flow computes for a Camunda Form to offer, e.g. the options of a select with
 * {@code valuesKey}. Tasklist parses a variable as JSON only when it is of Spin's type Json or an
 * object serialized as {@code application/json}; anything else reaches form-js as a string and
 * the select stays empty. Without Camunda Spin the engine has no JSON serializer, so this plugin
 * adds one for lists of plain values and maps (Jackson, already on the class path).
 * <p>
 * It is used only when a flow asks for it ({@link #of}): an untyped list still gets the engine's
 * default format, so no other variable changes how it is stored. Reading back always gives an
 * {@link ArrayList} of maps and plain values, whatever type name a REST client sent, so stored
 * text never chooses a Java class.
 */
@Component
public class JsonListVariables extends AbstractProcessEnginePlugin {

    /** The data format Tasklist recognises as JSON. */
    public static final String FORMAT = SerializationDataFormats.JSON.getName();

    /** A list as a variable that Tasklist hands to form-js as a JSON array. */
    public static ObjectValue of(List<?> values) {
        return Variables.objectValue(values).serializationDataFormat(FORMAT).create();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostVariableSerializers(
                EngineLists.plus(configuration.getCustomPostVariableSerializers(), new Serializer()));
    }

    static final class Serializer extends AbstractObjectValueSerializer {

        /** Stored in each variable's row (ACT_RU_VARIABLE.TYPE_): never rename. */
        static final String NAME = "tsunagu-json-list";
        private static final ObjectMapper JSON = new ObjectMapper();

        Serializer() {
            super(FORMAT);
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        protected boolean isSerializationTextBased() {
            return true;
        }

        @Override
        protected boolean canSerializeValue(Object value) {
            return value instanceof List;
        }

        @Override
        protected String getTypeNameForDeserialized(Object value) {
            return ArrayList.class.getName();
        }

        @Override
        protected byte[] serializeToByteArray(Object value) throws Exception {
            return JSON.writeValueAsBytes(value);
        }

        @Override
        protected Object deserializeFromByteArray(byte[] bytes, String objectTypeName) throws Exception {
            return JSON.readValue(bytes, ArrayList.class);
        }
    }
}
