package io.gridflex.application.scheduling.flex;

/**
 * What a trigger (or an asset's stored document) says about one device: a storage device's or a
 * process's flex-model, each field present or absent, so that the asset's stored flex-model can
 * fill what a request leaves out (FlexMeasures' inheritance).
 */
public sealed interface DeviceFlexModel permits StorageFlexModel, ProcessFlexModel {
}
